/**
 * Data-model definitions: the facts the Broadband Forum XML gives about objects and parameters, and how to read and write them.
 */
@Version("1.0.0")
@Export
package org.homegw.datamodel.definitions;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
