package org.entente.relationship;

import java.util.List;

/**
 * Who on our side pairs with whom on the partner side, layer by layer (one governance body each, steering
 * committees first). Each partner-side member of a layer is paired with their keep-in-touch owner when that owner
 * sits on the same body; people who sit in more than one layer are flagged.
 */
public record CounterpartMap(long allianceId, String allianceName, boolean ourSideMarked, List<Layer> layers,
                             List<Member> inSeveralLayers) {

    /** How a partner-side member of a layer is paired. */
    public enum Match {
        PAIRED("Paired"), OWNER_NOT_IN_LAYER("Owner not in this layer"), NO_COUNTERPART("No counterpart yet");

        public final String label;

        Match(String label) {
            this.label = label;
        }

        /** The CSS class of the badge. */
        public String css() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    /** A person as the map shows them: side, and every layer they sit in. */
    public record Member(long personId, String name, String partner, boolean ours, List<String> layers,
                         boolean inSeveralLayers) {

        /** "Steering committee, Operating committee". */
        public String layerNames() {
            return String.join(", ", layers);
        }
    }

    /**
     * One partner-side member of a layer and their counterpart on our side (their owner, null when none); the
     * candidates are our members of the layer who could become it. {@code keepInTouchVersion} is the version to send
     * when setting the owner.
     */
    public record Pair(Member theirs, Member counterpart, Match match, List<Member> candidates,
                       long keepInTouchVersion) {

        public boolean paired() {
            return match == Match.PAIRED;
        }
    }

    /** One governance body: its pairs, and our members of it who are nobody's counterpart there. */
    public record Layer(long bodyId, String name, String kind, List<Pair> pairs, List<Member> ourSide,
                        List<Member> ourUnpaired) {

        public boolean empty() {
            return pairs.isEmpty() && ourSide.isEmpty();
        }
    }
}
