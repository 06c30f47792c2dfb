package org.homegw.cwmp.message;

/**
 * One operation of a ChangeDUState request; on the wire an {@code Operations} element whose
 * {@code xsi:type} names the concrete struct.
 */
public sealed interface DuOperation permits InstallOpStruct, UpdateOpStruct, UninstallOpStruct {
}
