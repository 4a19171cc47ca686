/**
 * What a council's administrator keeps for the whole council: its settings in one place (the shortest
 * visit, the brokerage policy, language, the second-factor policy, the e-mail sender's name) and the
 * audit trail, read and exported through filters.
 */
@NullMarked
package uk.homecare.portal.council;

import org.jspecify.annotations.NullMarked;
