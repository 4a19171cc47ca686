/**
 * What every feature stands on: how the portal starts (demo or production), its embedded database,
 * secrets, clock and error responses.
 */
package uk.homecare.portal.platform;
