package org.entente.web;

import java.util.Set;

/** Who is looking, as far as features need to know it: which alliances they may see and edit. */
public interface Viewer {

    boolean isAdministrator();

    /** The alliances this viewer may see; administrators see all (check {@link #isAdministrator()} first). */
    Set<Long> visibleAllianceIds();

    boolean mayEdit(long allianceId);

    /** Whether the viewer may change the shared libraries (ice-breakers, tips): administrators and managers. */
    boolean mayEditLibraries();
}
