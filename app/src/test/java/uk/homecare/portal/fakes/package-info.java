/**
 * The UI's API fakes agree with the API: each scenario the Karibu view tests rely on is written once and
 * run against the fakes ({@code ui.testing.Fake*Client}) and against the real API through the UI's own
 * declarative clients, so a fake that drifts from the API fails here rather than passing a view test.
 */
@NullMarked
package uk.homecare.portal.fakes;

import org.jspecify.annotations.NullMarked;
