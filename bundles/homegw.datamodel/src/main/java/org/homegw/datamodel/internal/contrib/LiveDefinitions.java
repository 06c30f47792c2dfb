package org.homegw.datamodel.internal.contrib;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.homegw.datamodel.internal.contrib.ContributedDefinitions.Decision;
import org.homegw.datamodel.internal.contrib.ContributedDefinitions.Verdict;
import org.homegw.datamodel.internal.schema.SchemaTree;

/**
 * The definitions the registry runs with while bundles come and go: applies {@link ContributedDefinitions}'
 * rules, logs every decision (naming the contributor and the path at fault), and hands each new merged
 * set to the registry as one immutable {@link SchemaTree}, so a reader sees either the old or the new
 * set, never a mix. Changes are serialised here; {@link #batch} publishes several changes once (the
 * bundles already running when the registry starts).
 */
public final class LiveDefinitions {

    private static final System.Logger LOG = System.getLogger(LiveDefinitions.class.getName());

    private final ContributedDefinitions definitions;
    private final Consumer<SchemaTree> publisher;
    private int batchDepth;
    private boolean changed;

    /**
     * @param base      the definitions the device started with
     * @param publisher takes each new live set (the registry's {@code useDefinitions}); called with this
     *                  object's lock held, so it must not call back into it
     */
    public LiveDefinitions(SchemaTree base, Consumer<SchemaTree> publisher) {
        this.definitions = new ContributedDefinitions(base);
        this.publisher = Objects.requireNonNull(publisher, "publisher");
    }

    /** The live set now. */
    public synchronized SchemaTree current() {
        return definitions.live();
    }

    /** Names of the merged contributions, in merge order. */
    public synchronized List<String> contributors() {
        return definitions.mergedNames();
    }

    /** Adds (or replaces) a contribution; see {@link ContributedDefinitions} for the rules. */
    public synchronized Decision add(Contribution c) {
        List<Contribution> freed = definitions.withdraw(c.key());
        Decision d = definitions.add(c);
        switch (d.verdict()) {
            case MERGED -> LOG.log(System.Logger.Level.INFO, "data-model definitions of {0} merged: {1}",
                    c.name(), summary(c));
            case WAITING -> LOG.log(System.Logger.Level.WARNING,
                    "data-model definitions of {0} not merged while another bundle holds them: {1}", c.name(), d.reason());
            case REFUSED -> LOG.log(System.Logger.Level.ERROR, "data-model definitions of {0} refused: {1}",
                    c.name(), d.reason());
        }
        logFreed(freed);
        if (d.verdict() == Verdict.MERGED || !freed.isEmpty()) {
            changed = true;
        }
        publishUnlessBatching();
        return d;
    }

    /** Withdraws a contributor's definitions (its parameters are no longer defined); unknown keys are ignored. */
    public synchronized void withdraw(Object key, String name) {
        boolean wasMerged = definitions.isMerged(key);
        List<Contribution> freed = definitions.withdraw(key);
        if (wasMerged) {
            LOG.log(System.Logger.Level.INFO, "data-model definitions of {0} withdrawn", name);
            changed = true;
        }
        logFreed(freed);
        publishUnlessBatching();
    }

    /**
     * Runs {@code changes} and publishes their result, and that of changes other threads make meanwhile,
     * once at the end. The lock is not held while {@code changes} runs: it reads bundles, and a framework
     * thread holding a bundle's lock may be waiting to add or withdraw definitions here.
     */
    public void batch(Runnable changes) {
        synchronized (this) {
            batchDepth++;
        }
        try {
            changes.run();
        } finally {
            synchronized (this) {
                batchDepth--;
                publishUnlessBatching();
            }
        }
    }

    private void publishUnlessBatching() {
        if (batchDepth == 0 && changed) {
            changed = false;
            publisher.accept(definitions.live());
        }
    }

    private static void logFreed(List<Contribution> freed) {
        for (Contribution c : freed) {
            LOG.log(System.Logger.Level.INFO, "data-model definitions of {0} merged now that the clash is gone: {1}",
                    c.name(), summary(c));
        }
    }

    private static String summary(Contribution c) {
        int params = c.definitions().parameterCount();
        return c.definitions().models().stream().map(m -> m.name()).toList() + ", " + params + " parameters";
    }
}
