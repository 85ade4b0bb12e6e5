package org.entente.body;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** The stored mode policy of a body (see {@link PolicyData}); host weights live on the body. */
@Embeddable
public class ModePolicy {

    public BigDecimal inPersonShare;
    public boolean hybridAllowed;
    @Column(name = "max_video_in_a_row")
    public Integer maxVideoInARow;
    public Integer tripsPerPartnerPerYear;
    public Integer dinnerEvery;
    public boolean launchInPerson;
    public Long launchHostPartnerId;
}
