/**
 * The flexible hours bank: a person's plan credits one lot a week, usable for four weeks; the person
 * or their carer books sessions that draw from the lot expiring first; cancellations and deliveries
 * give back or draw; every movement is an append-only ledger entry, and the kept balances can be
 * rebuilt from the ledger and checked against it.
 */
@NullMarked
package uk.homecare.portal.hoursbank;

import org.jspecify.annotations.NullMarked;
