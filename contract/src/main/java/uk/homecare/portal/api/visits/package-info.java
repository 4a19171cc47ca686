/**
 * Visit actuals on the wire: what a provider delivered per visit of a package it holds (recorded one at a time or by
 * uploading an ECM export), and the missed and late visits a council's commissioners see the next day.
 */
@NullMarked
package uk.homecare.portal.api.visits;

import org.jspecify.annotations.NullMarked;
