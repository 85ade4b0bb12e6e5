package org.entente.plan;

/** An ice-breaker question of the library as its pages show it. */
public record IcebreakerView(long id, String question, boolean active, long version) {

    static IcebreakerView of(Icebreaker i) {
        return new IcebreakerView(i.id, i.question, i.active, i.version);
    }
}
