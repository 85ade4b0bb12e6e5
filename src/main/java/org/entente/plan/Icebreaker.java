package org.entente.plan;

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

    /** The whole library, active questions first. */
    public static List<Icebreaker> library() {
        return list("order by active desc, id");
    }

    static boolean questionTaken(String question, Long exceptId) {
        return count("lower(question) = lower(?1) and id <> ?2", question, exceptId == null ? -1L : exceptId) > 0;
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
