package org.entente.alliance;

/** Where a partner organisation is shown: its section of the alliance page, for the pages to redirect to. */
final class PartnerLink {

    private PartnerLink() {
    }

    static String of(Partner partner) {
        return "/alliances/" + partner.alliance.id + "#partner-" + partner.id;
    }
}
