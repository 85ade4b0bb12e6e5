package org.entente.plan;

/** An ice-breaker question in the JSON API. */
public record IcebreakerJson(Long id, String question, Boolean active, Long version) {

    public static IcebreakerJson of(Icebreaker i) {
        return new IcebreakerJson(i.id, i.question, i.active, i.version);
    }

    public IcebreakerData toData() {
        return new IcebreakerData(question == null ? null : question.strip(), active);
    }
}
