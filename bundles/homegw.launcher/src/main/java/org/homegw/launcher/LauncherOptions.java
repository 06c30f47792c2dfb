package org.homegw.launcher;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The launcher's command line, a stable contract (README.md):
 * {@code bin/homegw [--state-dir DIR] [--acs-url URL] [--acs-username U] [--acs-password P]
 * [--cr-port N] [--cr-username U] [--cr-password P] [--set PATH=VALUE]... [--no-shell]}.
 * Every option but {@code --set} may be given once.
 *
 * @param stateDir    the writable state directory, or null for the distribution's {@code var/}
 * @param acsUrl      ManagementServer.URL, or null
 * @param acsUsername ManagementServer.Username, or null
 * @param acsPassword ManagementServer.Password, or null
 * @param crPort      port of the Connection Request listener
 * @param crUsername  ManagementServer.ConnectionRequestUsername, or null
 * @param crPassword  ManagementServer.ConnectionRequestPassword, or null
 * @param sets        the {@code --set} overrides in command-line order
 * @param noShell     true when the Gogo shell must not be offered
 * @param help        true when {@code --help} was given
 */
record LauncherOptions(Path stateDir, String acsUrl, String acsUsername, String acsPassword, int crPort,
        String crUsername, String crPassword, List<ParameterOverride> sets, boolean noShell, boolean help) {

    static final int DEFAULT_CR_PORT = 7547;

    static final String USAGE = "usage: homegw [--state-dir DIR] [--acs-url URL] [--acs-username U] [--acs-password P]"
            + " [--cr-port N] [--cr-username U] [--cr-password P] [--set PATH=VALUE]... [--no-shell]";

    LauncherOptions {
        sets = List.copyOf(sets);
    }

    static LauncherOptions parse(String... args) throws UsageException {
        Path stateDir = null;
        String acsUrl = null;
        String acsUsername = null;
        String acsPassword = null;
        int crPort = DEFAULT_CR_PORT;
        String crUsername = null;
        String crPassword = null;
        List<ParameterOverride> sets = new ArrayList<>();
        boolean noShell = false;
        boolean help = false;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String opt = args[i];
            if (!opt.equals("--set") && !seen.add(opt)) {
                throw new UsageException("option " + opt + " given twice");
            }
            switch (opt) {
                case "--no-shell" -> noShell = true;
                case "-h", "--help" -> help = true;
                case "--state-dir" -> stateDir = path(opt, value(args, ++i, opt));
                case "--acs-url" -> acsUrl = acsUrl(value(args, ++i, opt));
                case "--acs-username" -> acsUsername = text(opt, value(args, ++i, opt));
                case "--acs-password" -> acsPassword = text(opt, value(args, ++i, opt));
                case "--cr-port" -> crPort = port(value(args, ++i, opt));
                case "--cr-username" -> crUsername = text(opt, value(args, ++i, opt));
                case "--cr-password" -> crPassword = text(opt, value(args, ++i, opt));
                case "--set" -> {
                    try {
                        sets.add(ParameterOverride.parse(value(args, ++i, opt)));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--set: " + e.getMessage());
                    }
                }
                default -> throw new UsageException("unknown option '" + opt + "'");
            }
        }
        return new LauncherOptions(stateDir, acsUrl, acsUsername, acsPassword, crPort, crUsername, crPassword, sets,
                noShell, help);
    }

    private static String value(String[] args, int i, String opt) throws UsageException {
        if (i >= args.length) {
            throw new UsageException("option " + opt + " needs a value");
        }
        return args[i];
    }

    private static Path path(String opt, String value) throws UsageException {
        if (value.isEmpty()) {
            throw new UsageException(opt + ": empty path");
        }
        try {
            return Path.of(value).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new UsageException(opt + ": '" + value + "' is not a path");
        }
    }

    private static String text(String opt, String value) throws UsageException {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new UsageException(opt + ": the value contains a line break");
        }
        return value;
    }

    /** CWMP talks HTTP or HTTPS to an ACS; anything else would only fail later, at the first Inform. */
    private static String acsUrl(String value) throws UsageException {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !value.contains("\n")) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new UsageException("--acs-url: '" + value + "' is not an http:// or https:// URL with a host");
    }

    private static int port(String value) throws UsageException {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--cr-port: '" + value + "' is not a port number (1-65535)");
    }
}
