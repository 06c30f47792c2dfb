package org.homegw.e2e;

import org.junit.ClassRule;
import org.junit.rules.TestRule;
import org.junit.runner.RunWith;
import org.junit.runners.Suite;

/**
 * File transfers through the assembled distribution: the lab ACS sends Download / Upload /
 * ScheduleDownload / CancelTransfer and serves the files. Every outcome is checked where the ACS sees
 * it: the TransferComplete (exact FaultCode) and the Inform that announces it. One {@link TransferLab}
 * (one gateway start) serves every class of the suite; the firmware tests reboot it. The classes are
 * not named *IT, so failsafe runs them only here; each also runs alone ({@code -Dit.test=TransferFaults}),
 * then with a lab of its own.
 */
@RunWith(Suite.class)
@Suite.SuiteClasses({ TransferDownloads.class, TransferUploads.class, TransferFaults.class, TransferFtp.class,
        TransferAcrossReboots.class })
public class TransferIT {

    @ClassRule
    public static final TestRule LAB = TransferTestBase.LAB;
}
