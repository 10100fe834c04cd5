package vn.thidua.nominations.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a nomination stands: dự thảo → đã nộp → đã tiếp nhận → hội đồng đã xét → đề nghị cấp trên / đã quyết định,
 * or không đề nghị / rút. The allowed next steps are fixed here so every screen and the command line agree.
 */
public enum NominationStatus {
    DRAFT, SUBMITTED, RECEIVED, REVIEWED, PROPOSED, DECIDED, NOT_PROPOSED, WITHDRAWN;

    public Set<NominationStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(RECEIVED, DRAFT, WITHDRAWN);
            case RECEIVED -> EnumSet.of(REVIEWED, SUBMITTED, WITHDRAWN);
            case REVIEWED -> EnumSet.of(PROPOSED, DECIDED, NOT_PROPOSED);
            case PROPOSED -> EnumSet.of(DECIDED, NOT_PROPOSED);
            case DECIDED, NOT_PROPOSED, WITHDRAWN -> EnumSet.noneOf(NominationStatus.class);
        };
    }

    /** Still in the running: counted against the plan's quotas and shown to the council. */
    public boolean active() {
        return this != NOT_PROPOSED && this != WITHDRAWN;
    }

    /** The dossier has reached the clerk (its day decides whether it was late). */
    public boolean received() {
        return this != DRAFT && this != SUBMITTED && this != WITHDRAWN;
    }
}
