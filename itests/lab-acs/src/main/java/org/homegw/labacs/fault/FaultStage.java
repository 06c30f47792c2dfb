package org.homegw.labacs.fault;

/** Which CWMP POSTs a fault rule applies to. */
public enum FaultStage {
    /** The POST that carries the Inform. */
    INFORM,
    /** Every POST of a session after the one carrying the Inform ("accept the Inform, then ..."). */
    AFTER_INFORM,
    /** Only empty POSTs. */
    EMPTY_POST,
    /** Every POST. */
    ANY_POST;

    boolean matches(boolean carriesInform, boolean empty) {
        switch (this) {
            case INFORM:
                return carriesInform;
            case AFTER_INFORM:
                return !carriesInform;
            case EMPTY_POST:
                return empty;
            default:
                return true;
        }
    }
}
