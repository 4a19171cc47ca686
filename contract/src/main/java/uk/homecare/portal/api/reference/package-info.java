/** Reference data a council commissions against: zones, frameworks and lots, providers on lots, rates. */
package uk.homecare.portal.api.reference;
