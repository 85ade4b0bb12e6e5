package org.entente.launch;

import java.time.LocalDate;

/** A checklist item as the API receives it; {@code version} is required to change one. */
public record LaunchItemJson(String title, Long ownerId, LocalDate dueDate, Boolean done, Long version) {

    public LaunchItemData toData() {
        return new LaunchItemData(title, ownerId, dueDate, done);
    }
}
