package org.homegw.adapter.nas.internal.osgi;

import java.io.IOException;
import java.util.Set;

import org.homegw.adapter.nas.internal.sim.SimulatedFileSharing;
import org.homegw.adapter.nas.spi.FileSharing;
import org.homegw.adapter.nas.spi.SharingSettings;
import org.osgi.service.component.annotations.Component;

/** The default {@link FileSharing}: simulated SMB/NFS and FTP servers, ranked below any vendor driver. */
@Component(service = FileSharing.class, property = {"service.ranking:Integer=-1000", "homegw.driver=simulated"})
public final class SimulatedFileSharingComponent implements FileSharing {

    private final SimulatedFileSharing simulation = new SimulatedFileSharing();

    @Override
    public Set<String> protocols() {
        return simulation.protocols();
    }

    @Override
    public void apply(SharingSettings settings) throws IOException {
        simulation.apply(settings);
        System.getLogger(SimulatedFileSharingComponent.class.getName()).log(System.Logger.Level.INFO,
                "simulated file sharing now: {0}", settings);
    }

    @Override
    public String ftpStatus() {
        return simulation.ftpStatus();
    }
}
