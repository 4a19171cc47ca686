/**
 * What every feature's forms share: a small form that sends one wire record (its fields bound by the
 * record's component names, so the API's field errors land on them), and a converter from a chosen
 * item to the id the API wants.
 */
@NullMarked
package uk.homecare.portal.ui.forms;

import org.jspecify.annotations.NullMarked;
