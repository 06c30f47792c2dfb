package org.homegw.datamodel.api;

import java.util.Objects;
import java.util.function.Function;

/**
 * The result of a data-model operation: a value, or the CWMP fault that explains why there is none.
 * Operations answer with outcomes rather than exceptions so that a fault always reaches the ACS
 * with its proper code.
 */
public sealed interface Outcome<T> permits Outcome.Success, Outcome.Failure {

    record Success<T>(T value) implements Outcome<T> {
    }

    record Failure<T>(CwmpFault fault) implements Outcome<T> {
        public Failure {
            Objects.requireNonNull(fault, "fault");
        }
    }

    static <T> Outcome<T> success(T value) {
        return new Success<>(value);
    }

    static <T> Outcome<T> failure(CwmpFault fault) {
        return new Failure<>(fault);
    }

    static <T> Outcome<T> failure(int code, String message) {
        return new Failure<>(new CwmpFault(code, message));
    }

    default boolean isSuccess() {
        return this instanceof Success;
    }

    /** The value; throws IllegalStateException on a failure (use in tests and after isSuccess()). */
    default T value() {
        if (this instanceof Success<T> s) {
            return s.value();
        }
        throw new IllegalStateException("no value: " + ((Failure<T>) this).fault());
    }

    /** The fault, or null on success. */
    default CwmpFault faultOrNull() {
        return this instanceof Failure<T> f ? f.fault() : null;
    }

    default <R> Outcome<R> map(Function<? super T, ? extends R> mapper) {
        if (this instanceof Success<T> s) {
            return new Success<>(mapper.apply(s.value()));
        }
        return new Failure<>(((Failure<T>) this).fault());
    }
}
