package org.homegw.diagnostics.internal.dns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The device's default DNS servers and search domain, from resolv.conf. */
public record ResolvConf(List<String> nameservers, List<String> searchDomains) {

    public static ResolvConf read(Path file) {
        List<String> servers = new ArrayList<>();
        List<String> search = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String[] f = line.strip().split("\\s+");
                if (f.length >= 2 && f[0].equals("nameserver")) {
                    servers.add(f[1]);
                } else if (f.length >= 2 && (f[0].equals("search") || f[0].equals("domain"))) {
                    search.clear();
                    search.addAll(List.of(f).subList(1, f.length));
                }
            }
        } catch (IOException e) {
            return new ResolvConf(List.of(), List.of());
        }
        return new ResolvConf(List.copyOf(servers), List.copyOf(search));
    }
}
