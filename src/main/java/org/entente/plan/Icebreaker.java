package org.entente.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.entente.platform.IdentityEntity;

import java.util.List;

/** A question that opens the social start of a video meeting. */
@Entity
@Table(name = "icebreaker")
public class Icebreaker extends IdentityEntity {

    public String question;
    public boolean active;
    @Version
    public long version;
    /**
     * The question trimmed and in lower case, computed by the database (a generated column) and unique there
     * ({@code uk_icebreaker_question}, V14), so that two adds at the same moment cannot both store it.
     */
    @Column(name = "question_key", insertable = false, updatable = false)
    String questionKey;

    /** The whole library, active questions first. */
    public static List<Icebreaker> library() {
        return list("order by active desc, id");
    }

    /** Whether another row holds this question (already stripped of surrounding spaces) in any case. */
    static boolean questionTaken(String question, Long exceptId) {
        return count("questionKey = lower(?1) and id <> ?2", question, exceptId == null ? -1L : exceptId) > 0;
    }

    /** The questions that new plans assign, in library order; inactive ones are left out. */
    public static List<String> activeQuestions() {
        return find("active = true order by id").<Icebreaker>list().stream().map(i -> i.question).toList();
    }

    void apply(IcebreakerData data) {
        question = data.question();
        if (data.active() != null) {
            active = data.active();
        }
    }
}
