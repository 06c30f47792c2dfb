package org.homegw.datamodel.internal.core;

import java.util.function.Supplier;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.Outcome;

/** Calls into provider code: a provider that throws (or answers null) gets a 9002 instead of breaking the request. */
final class ProviderCalls {

    private static final System.Logger LOG = System.getLogger(ProviderCalls.class.getName());

    private ProviderCalls() {
    }

    static <T> Outcome<T> call(String what, Supplier<Outcome<T>> call) {
        return call(what, "", call);
    }

    /**
     * The same for a call about {@code path}: the message is "{@code what}{@code path}", joined only
     * when something went wrong (reads run once per object of a walk).
     */
    static <T> Outcome<T> call(String what, String path, Supplier<Outcome<T>> call) {
        try {
            Outcome<T> answer = call.get();
            if (answer == null) {
                LOG.log(System.Logger.Level.ERROR, "provider answered null to {0}", what + path);
                return Outcome.failure(CwmpFault.INTERNAL_ERROR, "Provider gave no answer: " + what + path);
            }
            return answer;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "provider failed on " + what + path, e);
            return Outcome.failure(CwmpFault.INTERNAL_ERROR, "Provider failed: " + what + path);
        }
    }
}
