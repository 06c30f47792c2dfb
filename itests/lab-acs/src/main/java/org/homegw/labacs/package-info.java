/** The lab ACS: accepts Informs, queues RPCs per device, serves files, injects faults. */
package org.homegw.labacs;
