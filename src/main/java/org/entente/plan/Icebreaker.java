package org.entente.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.entente.web.IdentityEntity;

import java.util.List;

/** A question that opens the social start of a video meeting. */
@Entity
@Table(name = "icebreaker")
public class Icebreaker extends IdentityEntity {

    public String question;
    public boolean active;
    @Version
    public long version;

    public static List<String> activeQuestions() {
        return find("active = true order by id").<Icebreaker>list().stream().map(i -> i.question).toList();
    }
}
