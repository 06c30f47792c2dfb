package org.homegw.diagnostics.internal.osgi;

import java.util.concurrent.ExecutorService;

import org.homegw.diagnostics.internal.core.CompletionListener;

/** What every diagnostics provider component shares: the run executor, the completion path, the settings. */
public interface DiagnosticsContext {

    ExecutorService executor();

    CompletionListener completion();

    DiagnosticsConfig config();
}
