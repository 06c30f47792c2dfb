package org.homegw.datamodel.api;

/** The answer to AddObject: the new instance number and Status (0 applied, 1 applied after a restart). */
public record AddedObject(long instanceNumber, int status) {
}
