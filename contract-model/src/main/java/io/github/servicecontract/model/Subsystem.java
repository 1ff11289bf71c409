package io.github.servicecontract.model;

/**
 * A subsystem of a site, such as its network or its lighting control.
 *
 * <p>The common subsystems are constants; an integrator adds its own with
 * {@link #of(String)}, for example {@code Subsystem.of("pool-control")}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the subsystem identifier, lower-case hyphen-separated words
 */
public record Subsystem(String id) {

    /** Control and automation processors, keypads and touch panels. */
    public static final Subsystem CONTROL = new Subsystem("control");
    /** Audio and video distribution, home cinema. */
    public static final Subsystem AUDIO_VIDEO = new Subsystem("audio-video");
    /** Network: router, switches, wireless access points. */
    public static final Subsystem NETWORK = new Subsystem("network");
    /** Lighting control. */
    public static final Subsystem LIGHTING = new Subsystem("lighting");
    /** Motorised shades, blinds and curtains. */
    public static final Subsystem SHADING = new Subsystem("shading");
    /** Surveillance cameras and recorders. */
    public static final Subsystem CAMERAS = new Subsystem("cameras");
    /** Intrusion alarm and access control. */
    public static final Subsystem SECURITY = new Subsystem("security");
    /** Heating, ventilation and air conditioning control. */
    public static final Subsystem CLIMATE = new Subsystem("climate");

    /**
     * Creates a subsystem.
     *
     * @throws IllegalArgumentException if {@code id} is not lower-case hyphen-separated words
     */
    public Subsystem {
        Slug.require("subsystem", id);
    }

    /**
     * Obtains a subsystem by identifier, one of the constants or a user-defined one.
     *
     * @param id the identifier, for example {@code "lighting"}
     * @return the subsystem
     * @throws IllegalArgumentException if {@code id} is not lower-case hyphen-separated words
     */
    public static Subsystem of(String id) {
        return new Subsystem(id);
    }

    /** Returns the identifier, for example {@code "audio-video"}. */
    @Override
    public String toString() {
        return id;
    }
}
