package io.bulkhead.scenario;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where addresses are: cities (with the Cloudflare data centre that serves them) and network
 * operators. Public addresses other than the published indicators are drawn from ranges reserved
 * for documentation and benchmarking (198.18.0.0/15, one /22 per operator; 192.0.2.0/24,
 * 198.51.100.0/24, 203.0.113.0/24), so no real host is ever named. Operators' names and numbers
 * are real, to make ASN- and country-based reasoning meaningful.
 */
final class Geo {
  private Geo() {}

  /** A city as Okta and Cloudflare describe it. */
  record Place(String city, String state, String country, String cc, String postal, int lat4, int lon4,
      String zone, String colo, int coloId) {
    ZoneId zoneId() {
      return ZoneId.of(zone);
    }
  }

  /** A network operator with one /22 of the benchmarking range; {@code hosting} for data centres and VPNs. */
  record Isp(int asn, String org, String cc, int block, boolean hosting) {
    /** The n-th address of the operator's block (never .0 or .255 of a /24). */
    String address(int n) {
      int off = Math.floorMod(n, 1016);
      int idx = block * 1024 + (off / 254) * 256 + (off % 254) + 1;
      return "198." + (18 + (idx >> 16)) + "." + ((idx >> 8) & 0xff) + "." + (idx & 0xff);
    }
  }

  /** An address as seen by a log: the IP, its operator and its place. */
  record Addr(String ip, Isp isp, Place place) {}

  static final Map<String, Place> PLACES = new LinkedHashMap<>();
  static final List<Isp> ISPS = new ArrayList<>();

  private static void place(String key, String city, String state, String country, String cc, String postal,
      double lat, double lon, String zone, String colo, int coloId) {
    PLACES.put(key, new Place(city, state, country, cc, postal, (int) Math.round(lat * 10000),
        (int) Math.round(lon * 10000), zone, colo, coloId));
  }

  static {
    place("sfo", "San Francisco", "California", "United States", "us", "94107", 37.7697, -122.3933, "America/Los_Angeles", "SJC", 151);
    place("aus", "Austin", "Texas", "United States", "us", "78701", 30.2711, -97.7437, "America/Chicago", "DFW", 33);
    place("nyc", "New York", "New York", "United States", "us", "10013", 40.7209, -74.0007, "America/New_York", "EWR", 28);
    place("sea", "Seattle", "Washington", "United States", "us", "98101", 47.6101, -122.3344, "America/Los_Angeles", "SEA", 66);
    place("chi", "Chicago", "Illinois", "United States", "us", "60601", 41.8858, -87.6181, "America/Chicago", "ORD", 18);
    place("den", "Denver", "Colorado", "United States", "us", "80202", 39.7525, -104.9995, "America/Denver", "DEN", 24);
    place("bos", "Boston", "Massachusetts", "United States", "us", "02110", 42.3572, -71.0511, "America/New_York", "BOS", 84);
    place("atl", "Atlanta", "Georgia", "United States", "us", "30303", 33.7525, -84.3888, "America/New_York", "ATL", 96);
    place("lon", "London", "England", "United Kingdom", "gb", "EC2A", 51.5237, -0.0838, "Europe/London", "LHR", 373);
    place("man", "Manchester", "England", "United Kingdom", "gb", "M1", 53.4794, -2.2453, "Europe/London", "MAN", 375);
    place("lis", "Lisbon", "Lisboa", "Portugal", "pt", "1050-094", 38.7319, -9.1458, "Europe/Lisbon", "LIS", 229);
    place("por", "Porto", "Porto", "Portugal", "pt", "4000-322", 41.1496, -8.6110, "Europe/Lisbon", "LIS", 229);
    place("muc", "Munich", "Bavaria", "Germany", "de", "80331", 48.1374, 11.5755, "Europe/Berlin", "MUC", 311);
    place("ber", "Berlin", "Berlin", "Germany", "de", "10117", 52.5170, 13.3889, "Europe/Berlin", "TXL", 309);
    place("par", "Paris", "Ile-de-France", "France", "fr", "75002", 48.8692, 2.3417, "Europe/Paris", "CDG", 260);
    place("ams", "Amsterdam", "North Holland", "Netherlands", "nl", "1012", 52.3740, 4.8897, "Europe/Amsterdam", "AMS", 211);
    place("dub", "Dublin", "Leinster", "Ireland", "ie", "D02", 53.3441, -6.2675, "Europe/Dublin", "DUB", 234);
    place("waw", "Warsaw", "Mazovia", "Poland", "pl", "00-001", 52.2297, 21.0122, "Europe/Warsaw", "WAW", 263);
    place("sin", "Singapore", "Central Singapore", "Singapore", "sg", "018956", 1.2789, 103.8536, "Asia/Singapore", "SIN", 147);
    place("tyo", "Tokyo", "Tokyo", "Japan", "jp", "100-0005", 35.6812, 139.7671, "Asia/Tokyo", "NRT", 200);
    place("syd", "Sydney", "New South Wales", "Australia", "au", "2000", -33.8688, 151.2093, "Australia/Sydney", "SYD", 115);
    place("blr", "Bengaluru", "Karnataka", "India", "in", "560001", 12.9716, 77.5946, "Asia/Kolkata", "BLR", 331);
    place("mex", "Mexico City", "CDMX", "Mexico", "mx", "06600", 19.4270, -99.1677, "America/Mexico_City", "MEX", 198);
    place("yyz", "Toronto", "Ontario", "Canada", "ca", "M5H", 43.6511, -79.3832, "America/Toronto", "YYZ", 106);
    place("gru", "Sao Paulo", "Sao Paulo", "Brazil", "br", "01310-100", -23.5614, -46.6559, "America/Sao_Paulo", "GRU", 193);
    place("sel", "Seoul", "Seoul", "South Korea", "kr", "04524", 37.5665, 126.9780, "Asia/Seoul", "ICN", 190);
    place("dxb", "Dubai", "Dubai", "United Arab Emirates", "ae", "00000", 25.2048, 55.2708, "Asia/Dubai", "DXB", 246);
    place("buh", "Bucharest", "Bucuresti", "Romania", "ro", "010011", 44.4354, 26.1033, "Europe/Bucharest", "OTP", 289);
    place("fra", "Frankfurt am Main", "Hesse", "Germany", "de", "60313", 50.1109, 8.6821, "Europe/Berlin", "FRA", 17);
    place("ash", "Ashburn", "Virginia", "United States", "us", "20147", 39.0438, -77.4874, "America/New_York", "IAD", 63);

    String[][] isps = {
      {"7922", "Comcast Cable Communications, LLC", "us"}, {"7018", "AT&T Services, Inc.", "us"},
      {"701", "Verizon Business", "us"}, {"20115", "Charter Communications", "us"},
      {"2856", "British Telecommunications PLC", "gb"}, {"5089", "Virgin Media Limited", "gb"},
      {"3243", "MEO - Servicos De Comunicacoes E Multimedia S.A.", "pt"}, {"2860", "NOS COMUNICACOES, S.A.", "pt"},
      {"3320", "Deutsche Telekom AG", "de"}, {"3209", "Vodafone GmbH", "de"}, {"3215", "Orange S.A.", "fr"},
      {"1136", "KPN B.V.", "nl"}, {"5466", "Eircom Limited", "ie"}, {"5617", "Orange Polska Spolka Akcyjna", "pl"},
      {"7473", "Singapore Telecommunications Ltd", "sg"}, {"4713", "NTT Communications Corporation", "jp"},
      {"1221", "Telstra Limited", "au"}, {"24560", "Bharti Airtel Ltd.", "in"}, {"8151", "UNINET", "mx"},
      {"812", "Rogers Communications Canada Inc.", "ca"}, {"26599", "TELEFONICA BRASIL S.A", "br"},
      {"4766", "Korea Telecom", "kr"}, {"5384", "Emirates Telecommunications Group Company", "ae"},
      {"8708", "RCS & RDS SA", "ro"},
    };
    int block = 0;
    for (String[] i : isps) {
      ISPS.add(new Isp(Integer.parseInt(i[0]), i[1], i[2], block++, false));
    }
    String[][] hosting = {
      {"9009", "M247 Europe SRL", "ro"}, {"60068", "Datacamp Limited", "gb"}, {"14061", "DigitalOcean, LLC", "us"},
      {"16276", "OVH SAS", "fr"}, {"24940", "Hetzner Online GmbH", "de"}, {"60781", "LeaseWeb Netherlands B.V.", "nl"},
      {"16509", "Amazon.com, Inc.", "us"}, {"212238", "Datacamp Limited", "us"},
    };
    for (String[] i : hosting) {
      ISPS.add(new Isp(Integer.parseInt(i[0]), i[1], i[2], block++, true));
    }
  }

  static Place place(String key) {
    Place p = PLACES.get(key);
    if (p == null) {
      throw new IllegalArgumentException("no place " + key);
    }
    return p;
  }

  static List<Isp> ispsIn(String cc) {
    List<Isp> l = new ArrayList<>();
    for (Isp i : ISPS) {
      if (!i.hosting() && i.cc().equals(cc)) {
        l.add(i);
      }
    }
    return l;
  }

  static List<Isp> hosting() {
    List<Isp> l = new ArrayList<>();
    for (Isp i : ISPS) {
      if (i.hosting()) {
        l.add(i);
      }
    }
    return l;
  }

  static Isp isp(int asn, String cc) {
    for (Isp i : ISPS) {
      if (i.asn() == asn && i.cc().equals(cc)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no operator AS" + asn + " in " + cc);
  }

  /** Places in a country, in declaration order. */
  static List<Place> placesIn(String cc) {
    List<Place> l = new ArrayList<>();
    for (Place p : PLACES.values()) {
      if (p.cc().equals(cc)) {
        l.add(p);
      }
    }
    return l;
  }
}
