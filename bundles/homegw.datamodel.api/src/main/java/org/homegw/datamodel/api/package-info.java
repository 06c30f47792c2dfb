/**
 * The data model: what the gateway's parameter tree looks like and how bundles serve it.
 */
@Version("1.0.0")
@Export
package org.homegw.datamodel.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
