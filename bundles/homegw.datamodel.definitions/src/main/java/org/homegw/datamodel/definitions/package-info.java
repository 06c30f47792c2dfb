/**
 * Data-model definitions: the facts the Broadband Forum XML gives about objects and parameters
 * (names, types, access, constraints, defaults, notification rules, status), and how to read and
 * write them. Definitions only, never values.
 *
 * <ul>
 * <li>Model: {@link org.homegw.datamodel.definitions.DataModelDefinitions} holding
 * {@link org.homegw.datamodel.definitions.ObjectDefinition}s and
 * {@link org.homegw.datamodel.definitions.ParameterDefinition}s (each with a resolved
 * {@link org.homegw.datamodel.definitions.Syntax}), looked up by schema path
 * ({@link org.homegw.datamodel.definitions.SchemaPath}).</li>
 * <li>Reading: {@link org.homegw.datamodel.definitions.DefinitionsLoader} (either form),
 * {@link org.homegw.datamodel.definitions.BbfXmlReader} (BBF/vendor XML, safe parsing),
 * {@link org.homegw.datamodel.definitions.CompactDefinitionsReader} (the shipped compact files).</li>
 * <li>Writing: {@link org.homegw.datamodel.definitions.CompactDefinitionsWriter} and the
 * {@link org.homegw.datamodel.definitions.DefinitionsCompiler} command line.</li>
 * </ul>
 * Pure Java (JDK only); all model types are immutable and safe to share between threads.
 */
@Version("1.2.0")
@Export
package org.homegw.datamodel.definitions;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
