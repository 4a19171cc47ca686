package uk.homecare.portal.api.reference;

/** A zone lot covers one zone; a citywide lot covers the whole council area. */
public enum LotKind {
    ZONE,
    CITYWIDE
}
