package org.homegw.example.smartplug.internal;

/**
 * The plug as the provider sees it. A real product implements this over its own link to the plug
 * (serial, Zigbee, a vendor cloud); the example ships {@link SimulatedPlug}. Outlets are numbered
 * from 1.
 */
public interface PlugHardware {

    String modelName();

    int outletCount();

    /** What one outlet measures now. */
    OutletReading read(int outlet);

    /** Closes or opens the relay; closing also clears an overload trip. */
    void setRelay(int outlet, boolean closed);

    /** Load in watts above which the plug opens the relay by itself. */
    void setMaxPower(int outlet, int watts);

    /** The load the appliance would draw with the relay closed, in watts. */
    int demandWatts(int outlet);

    /** Where the plug reports that an outlet changed on its own (an overload trip); null stops it. */
    void setListener(java.util.function.IntConsumer outletChanged);

    /**
     * One outlet's measurement.
     *
     * @param relayClosed the relay delivers power
     * @param overload    the plug opened the relay because of an overload
     * @param powerWatts  power delivered
     * @param voltageMv   line voltage, millivolts
     * @param currentMa   current delivered, milliamperes
     * @param energyWh    energy delivered in total, watt-hours
     */
    record OutletReading(boolean relayClosed, boolean overload, int powerWatts, long voltageMv, long currentMa,
                         long energyWh) {
    }
}
