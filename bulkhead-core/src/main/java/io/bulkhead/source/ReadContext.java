package io.bulkhead.source;

import java.time.ZoneId;

/** What a decoder needs to know beyond the record: the file name and the zone for zone-less times. */
record ReadContext(String file, ZoneId zone) {}
