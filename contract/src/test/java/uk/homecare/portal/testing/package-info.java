/** What the backend's and the UI's tests share: the one clock tests take "now" from. */
package uk.homecare.portal.testing;
