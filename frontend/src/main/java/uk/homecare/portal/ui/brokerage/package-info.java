/**
 * Brokerage screens: the commissioner's board (unallocated packages first and loud), the package
 * form, a package's bids, award, review move and history, the council's brokerage policy; the
 * provider's inbox of offers with accept, decline and bid, the packages it cares for with hand-back;
 * and everyone's notifications. An offer never shows who the person is: the API sends no identity
 * before award. Times are shown relative to now and in UK time; hours and pounds are shown, minutes
 * and pence are sent.
 */
@NullMarked
package uk.homecare.portal.ui.brokerage;

import org.jspecify.annotations.NullMarked;
