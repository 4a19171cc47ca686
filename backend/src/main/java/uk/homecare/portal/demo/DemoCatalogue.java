package uk.homecare.portal.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the demo holds. The shapes come from the seed minutes (Coventry's nine lots, Bridgend's
 * fifteen-provider framework, Herefordshire's redrawn zones and 700-2,000 hour band); the start dates
 * are chosen so that every framework is in its initial term in 2026. All people and providers are fictional.
 */
final class DemoCatalogue {

    record Zone(String code, String name, String kind, LocalDate retiredOn) {
        static Zone urban(String code, String name) {
            return new Zone(code, name, "URBAN", null);
        }

        static Zone rural(String code, String name) {
            return new Zone(code, name, "RURAL", null);
        }

        Zone retiredOn(LocalDate date) {
            return new Zone(code, name, kind, date);
        }
    }

    record Provider(String key, String name, String regulator, String regulatorProviderId, String regulatorLocationId) {
    }

    /** A lot; primary and secondary are provider keys, null where the lot has none. */
    record Lot(String name, String kind, String zoneCode, String serviceCategory,
               Integer minWeeklyMinutes, Integer maxWeeklyMinutes, boolean priceCompetition,
               String primary, String secondary) {

        static Lot zone(String zoneCode, String name, String serviceCategory, HoursBand band, String primary, String secondary) {
            return new Lot(name, "ZONE", zoneCode, serviceCategory, band.minWeeklyMinutes(), band.maxWeeklyMinutes(), false, primary, secondary);
        }

        static Lot citywide(String name, String serviceCategory, HoursBand band, boolean priceCompetition, String primary, String secondary) {
            return new Lot(name, "CITYWIDE", null, serviceCategory, band.minWeeklyMinutes(), band.maxWeeklyMinutes(), priceCompetition, primary, secondary);
        }
    }

    record HoursBand(Integer minWeeklyMinutes, Integer maxWeeklyMinutes) {
        static final HoursBand NONE = new HoursBand(null, null);

        static HoursBand hoursPerWeek(int min, int max) {
            return new HoursBand(min * 60, max * 60);
        }
    }

    /**
     * A framework and its lots. Where everyProviderOnEveryLot holds, every provider of the council that is
     * not a lot's primary or secondary joins that lot as FRAMEWORK tier, so the OPEN stage has bidders.
     */
    record Framework(String name, LocalDate startsOn, int initialTermMonths, int extensionMonths,
                     boolean everyProviderOnEveryLot, List<Lot> lots) {
    }

    record Rate(String serviceType, int hourlyRatePence, int floorPence, int ceilingPence, LocalDate effectiveFrom) {
    }

    record Person(String givenName, String familyName, LocalDate dateOfBirth, String nhsNumber,
                  String addressLine, String postcode, String language) {
        String displayName() {
            return givenName + " " + familyName;
        }
    }

    /** The council's demo users' display names; the provider user belongs to providerKey's organisation. */
    record Staff(String commissioner, String admin, String providerUser, String providerKey, String carer) {
    }

    record Council(String code, String name, String nation, List<Zone> zones, List<String> providerKeys,
                   Framework framework, List<Rate> rates, Staff staff, Person person) {
    }

    record NhsPartner(String name, String odsCode, String servesCouncilCode, LocalDate since, String clientId) {
    }

    static final int MIN_VISIT_MINUTES = 30;

    /** The councils' names in Welsh, where they have one: the Welsh council's own. */
    static final Map<String, String> WELSH_NAMES = Map.of("bridgend", "Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr");

    static final List<Provider> PROVIDERS = List.of(
            cqc("wool-exchange", "Wool Exchange Care Services Ltd", "1-5806583321", "1-7685370089"),
            cqc("cottingley-beck", "Cottingley Beck Home Support Ltd", "1-8593997503", "1-7814055142"),
            cqc("baildon-moor", "Baildon Moor Care at Home Ltd", "1-2030509027", "1-3637987308"),
            cqc("saltaire-lantern", "Saltaire Lantern Homecare Ltd", "1-5770577141", "1-4507963309"),
            cqc("thornton-heights", "Thornton Heights Care Partners Ltd", "1-2931252818", "1-8237784673"),
            cqc("manningham-mills", "Manningham Mills Home Support CIC", "1-8212920593", "1-6197875328"),
            cqc("ilkley-tarn", "Ilkley Tarn Domiciliary Care Ltd", "1-6375207868", "1-9286354700"),
            cqc("haworth-moorside", "Haworth Moorside Care Ltd", "1-8752999648", "1-9917726066"),
            cqc("little-germany", "Little Germany Care Co-operative Ltd", "1-2461983573", "1-6549621184"),
            cqc("bolling-hall", "Bolling Hall Care Services Ltd", "1-2964723331", "1-7774981744"),
            cqc("pennine-threads", "Pennine Threads Care Group Ltd", "1-8348097760", "1-6856369309"),
            cqc("kindred-lane", "Kindred Lane Homecare Ltd", "1-2813410345", "1-5795107404"),
            cqc("spon-end", "Spon End Home Support Ltd", "1-7403928141", "1-9698924284"),
            cqc("swanswell-pool", "Swanswell Pool Care Ltd", "1-7967767083", "1-3018807828"),
            cqc("canley-ford", "Canley Ford Care Services Ltd", "1-4805002643", "1-7638440038"),
            cqc("wyken-croft", "Wyken Croft Homecare Ltd", "1-7699273039", "1-9093651530"),
            cqc("stoke-aldermoor", "Stoke Aldermoor Care Partners Ltd", "1-2860007896", "1-2155500563"),
            cqc("earlsdon-terrace", "Earlsdon Terrace Care Ltd", "1-1142203221", "1-7397429079"),
            cqc("tile-hill-wood", "Tile Hill Wood Home Support Ltd", "1-4957854121", "1-7380470856"),
            cqc("radford-leys", "Radford Leys Care Ltd", "1-8843355507", "1-8765125956"),
            cqc("binley-oak", "Binley Oak Domiciliary Care Ltd", "1-4896678781", "1-8865815672"),
            cqc("willenhall-wood", "Willenhall Wood Care at Home CIC", "1-6654999207", "1-5717480361"),
            cqc("holbrooks-mill", "Holbrooks Mill Home Support Ltd", "1-7507619930", "1-5145795381"),
            cqc("foleshill-bridge", "Foleshill Bridge Care Ltd", "1-9449350786", "1-9866080176"),
            cqc("mercia-hearth", "Mercia Hearth Care Ltd", "1-7435668134", "1-1415162484"),
            cqc("wye-meadow", "Wye Meadow Care Ltd", "1-2766566614", "1-1060269341"),
            cqc("black-mountains", "Black Mountains Home Support Ltd", "1-5295886288", "1-9946698479"),
            cqc("malvern-view", "Malvern View Homecare Ltd", "1-4409218794", "1-2064454438"),
            cqc("lugg-valley", "Lugg Valley Care at Home Ltd", "1-3667495386", "1-9402531820"),
            cqc("arrow-bank", "Arrow Bank Care Services Ltd", "1-8024025962", "1-1664693043"),
            cqc("hergest-ridge", "Hergest Ridge Care Partners Ltd", "1-6252434352", "1-3525159540"),
            cqc("perrystone-orchard", "Perrystone Orchard Care Ltd", "1-7462729157", "1-5657605176"),
            cqc("clifton-park", "Clifton Park Home Support Ltd", "1-3871421313", "1-5016034588"),
            cqc("boston-castle", "Boston Castle Care Services Ltd", "1-7064661963", "1-4470312068"),
            cqc("wentworth-gate", "Wentworth Gate Homecare Ltd", "1-6139774956", "1-5750809102"),
            cqc("keppel-column", "Keppel Column Care Ltd", "1-4812946371", "1-1110768239"),
            cqc("ulley-brook", "Ulley Brook Care at Home Ltd", "1-7487066386", "1-6599227394"),
            cqc("roche-abbey", "Roche Abbey Care Partners Ltd", "1-5816259704", "1-9369955669"),
            cqc("thrybergh-mill", "Thrybergh Mill Domiciliary Care CIC", "1-4457185027", "1-3231723970"),
            ciw("garw-valley", "Garw Valley Care at Home Ltd", "SIN-00066833-VLQV", "SIN-00040582-XYCT"),
            ciw("llynfi-homecare", "Llynfi Homecare Ltd", "SIN-00062318-BGWF", "SIN-00015929-WTBQ"),
            ciw("ogmore-vale", "Ogmore Vale Support Services Ltd", "SIN-00093997-GRYX", "SIN-00012683-EWSG"),
            ciw("coity-castle", "Coity Castle Care Ltd", "SIN-00077744-EFXF", "SIN-00061114-JPTP"),
            ciw("cwtch-pencoed", "Cwtch Care Pencoed Ltd", "SIN-00020309-NKFM", "SIN-00032897-JQRP"),
            ciw("porthcawl-harbour", "Porthcawl Harbour Homecare Ltd", "SIN-00047705-QFLS", "SIN-00073183-QDSS"),
            ciw("kenfig-dunes", "Kenfig Dunes Care Services Ltd", "SIN-00045891-DGHA", "SIN-00022205-QWLP"),
            ciw("merthyr-mawr", "Merthyr Mawr Care Partners Ltd", "SIN-00081442-XFAM", "SIN-00030546-MTXU"),
            ciw("ewenny-priory", "Ewenny Priory Care Ltd", "SIN-00080566-GDVY", "SIN-00046762-TUZG"),
            ciw("maesteg-hill", "Maesteg Hill Home Support Ltd", "SIN-00084689-KUJX", "SIN-00082841-EDJD"),
            ciw("bryncethin", "Bryncethin Domiciliary Care Ltd", "SIN-00067154-FDXB", "SIN-00056694-ZFWW"),
            ciw("gofal-laleston", "Gofal Laleston Cyf", "SIN-00023935-SLJU", "SIN-00018377-KLFJ"),
            ciw("sarn-park", "Sarn Park Care at Home Ltd", "SIN-00043570-CAPJ", "SIN-00064333-ABDH"),
            ciw("brackla-hill", "Brackla Hill Care Services Ltd", "SIN-00013011-KDDX", "SIN-00083554-UMLQ"),
            ciw("cymorth-nantymoel", "Cymorth Nantymoel CIC", "SIN-00089594-WWYV", "SIN-00014982-NLVG"));

    static final Council BRADFORD = new Council(
            "bradford", "City of Bradford Metropolitan District Council", "ENGLAND",
            List.of(
                    Zone.urban("BFD-CITY", "Bradford City"),
                    Zone.urban("BFD-EAST", "Bradford East"),
                    Zone.urban("BFD-SOUTH", "Bradford South"),
                    Zone.urban("BFD-WEST", "Bradford West"),
                    Zone.urban("SHIPLEY", "Shipley and Baildon"),
                    Zone.urban("KEIGHLEY", "Keighley"),
                    Zone.rural("WHARFEDALE", "Ilkley and Wharfedale"),
                    Zone.rural("WORTH-VALLEY", "Worth Valley (Haworth and Oxenhope)")),
            List.of("wool-exchange", "cottingley-beck", "baildon-moor", "saltaire-lantern", "thornton-heights",
                    "manningham-mills", "ilkley-tarn", "haworth-moorside", "little-germany", "bolling-hall",
                    "pennine-threads", "kindred-lane"),
            new Framework("Home Support Locality Contracts", LocalDate.of(2023, 10, 1), 60, 12, true, List.of(
                    Lot.zone("BFD-CITY", "Locality: Bradford City", "GENERAL", HoursBand.NONE, "little-germany", "manningham-mills"),
                    Lot.zone("BFD-EAST", "Locality: Bradford East", "GENERAL", HoursBand.NONE, "bolling-hall", "kindred-lane"),
                    Lot.zone("BFD-SOUTH", "Locality: Bradford South", "GENERAL", HoursBand.NONE, "pennine-threads", "bolling-hall"),
                    Lot.zone("BFD-WEST", "Locality: Bradford West", "GENERAL", HoursBand.NONE, "thornton-heights", "wool-exchange"),
                    Lot.zone("SHIPLEY", "Locality: Shipley and Baildon", "GENERAL", HoursBand.NONE, "saltaire-lantern", "cottingley-beck"),
                    Lot.zone("KEIGHLEY", "Locality: Keighley", "GENERAL", HoursBand.NONE, "wool-exchange", "haworth-moorside"),
                    Lot.zone("WHARFEDALE", "Locality: Ilkley and Wharfedale", "GENERAL", HoursBand.NONE, "ilkley-tarn", "baildon-moor"),
                    Lot.zone("WORTH-VALLEY", "Locality: Worth Valley", "GENERAL", HoursBand.NONE, "haworth-moorside", "cottingley-beck"))),
            standardRates(LocalDate.of(2026, 4, 1),
                    new int[] {2368, 2250, 2650},
                    new int[] {2310, 2200, 2600},
                    new int[] {2620, 2480, 2950},
                    new int[] {2540, 2400, 2850}),
            new Staff("Farah Hussain", "Gareth Moorhouse", "Joanne Pickles", "little-germany", "Susan Holroyd"),
            new Person("Margaret", "Holroyd", LocalDate.of(1938, 5, 14), "9990123454",
                    "7 Laburnum Close, Heaton", "BD9 6ZN", "en"));

    static final Council COVENTRY = new Council(
            "coventry", "Coventry City Council", "ENGLAND",
            List.of(
                    Zone.urban("CENTRAL", "Central"),
                    Zone.urban("NORTH", "North"),
                    Zone.urban("NORTH-EAST", "North East"),
                    Zone.urban("EAST", "East"),
                    Zone.urban("SOUTH", "South"),
                    Zone.urban("SOUTH-WEST", "South West"),
                    Zone.urban("WEST", "West")),
            List.of("spon-end", "swanswell-pool", "canley-ford", "wyken-croft", "stoke-aldermoor", "earlsdon-terrace",
                    "tile-hill-wood", "radford-leys", "binley-oak", "willenhall-wood", "holbrooks-mill",
                    "foleshill-bridge", "kindred-lane", "mercia-hearth"),
            new Framework("Home Support Framework", LocalDate.of(2024, 4, 1), 60, 24, false, List.of(
                    Lot.zone("CENTRAL", "GP cluster: Central", "GENERAL", coventryBand(), "spon-end", "swanswell-pool"),
                    Lot.zone("NORTH", "GP cluster: North", "GENERAL", coventryBand(), "holbrooks-mill", "foleshill-bridge"),
                    Lot.zone("NORTH-EAST", "GP cluster: North East", "GENERAL", coventryBand(), "wyken-croft", "kindred-lane"),
                    Lot.zone("EAST", "GP cluster: East", "GENERAL", coventryBand(), "binley-oak", "willenhall-wood"),
                    Lot.zone("SOUTH", "GP cluster: South", "GENERAL", coventryBand(), "stoke-aldermoor", "binley-oak"),
                    Lot.zone("SOUTH-WEST", "GP cluster: South West", "GENERAL", coventryBand(), "earlsdon-terrace", "canley-ford"),
                    Lot.zone("WEST", "GP cluster: West", "GENERAL", coventryBand(), "tile-hill-wood", "radford-leys"),
                    Lot.citywide("Citywide: learning disabilities", "LEARNING_DISABILITY", coventryBand(), false, "mercia-hearth", "spon-end"),
                    Lot.citywide("Citywide: mental ill health", "MENTAL_HEALTH", coventryBand(), false, "swanswell-pool", "mercia-hearth"))),
            standardRates(LocalDate.of(2026, 4, 1),
                    new int[] {2342, 2220, 2620},
                    new int[] {2286, 2170, 2560},
                    new int[] {2590, 2450, 2900},
                    new int[] {2512, 2380, 2820}),
            new Staff("Priya Chauhan", "Martin Elsworth", "Kelly Brennan", "spon-end", "Angela Whitcombe"),
            new Person("Harold", "Whitcombe", LocalDate.of(1941, 11, 2), "9992345675",
                    "23 Cedar Walk, Earlsdon", "CV5 6ZQ", "en"));

    static final Council BRIDGEND = new Council(
            "bridgend", "Bridgend County Borough Council", "WALES",
            List.of(
                    Zone.rural("NORTH", "Bridgend North (Llynfi, Garw and Ogmore valleys)"),
                    Zone.urban("EAST", "Bridgend East (Bridgend town, Pencoed)"),
                    Zone.urban("WEST", "Bridgend West (Porthcawl, Pyle, Cornelly)")),
            List.of("garw-valley", "llynfi-homecare", "ogmore-vale", "coity-castle", "cwtch-pencoed",
                    "porthcawl-harbour", "kenfig-dunes", "merthyr-mawr", "ewenny-priory", "maesteg-hill",
                    "bryncethin", "gofal-laleston", "sarn-park", "brackla-hill", "cymorth-nantymoel"),
            new Framework("Regulated Care at Home Framework", LocalDate.of(2026, 4, 1), 24, 24, true, List.of(
                    Lot.citywide("Care at home: county borough-wide", "GENERAL", HoursBand.NONE, true, null, null))),
            bridgendPriceSchedule(),
            new Staff("Rhian Bevan", "Owain Pritchard", "Carys Morgan", "coity-castle", "Dafydd Jenkins"),
            new Person("Eirlys", "Jenkins", LocalDate.of(1936, 3, 21), "9993456780",
                    "4 Heol y Nant, Maesteg", "CF34 9ZR", "cy"));

    static final Council HEREFORDSHIRE = new Council(
            "herefordshire", "Herefordshire Council", "ENGLAND",
            List.of(
                    Zone.urban("HEREFORD-CITY", "Hereford City"),
                    Zone.rural("LEOMINSTER", "Leominster and the North"),
                    Zone.rural("ROSS", "Ross-on-Wye and the South"),
                    Zone.rural("LEDBURY", "Ledbury and Bromyard"),
                    Zone.rural("KINGTON", "Kington and the Golden Valley"),
                    Zone.rural("GOLDEN-VALLEY", "Golden Valley").retiredOn(LocalDate.of(2023, 3, 31))),
            List.of("wye-meadow", "black-mountains", "malvern-view", "lugg-valley", "arrow-bank",
                    "hergest-ridge", "perrystone-orchard", "mercia-hearth"),
            new Framework("Help to Live at Home", LocalDate.of(2023, 4, 1), 60, 24, false, List.of(
                    Lot.zone("HEREFORD-CITY", "Zone: Hereford City", "GENERAL", viableProviderBand(), "wye-meadow", "mercia-hearth"),
                    Lot.zone("LEOMINSTER", "Zone: Leominster and the North", "GENERAL", viableProviderBand(), "lugg-valley", "wye-meadow"),
                    Lot.zone("ROSS", "Zone: Ross-on-Wye and the South", "GENERAL", viableProviderBand(), "mercia-hearth", "perrystone-orchard"),
                    Lot.zone("LEDBURY", "Zone: Ledbury and Bromyard", "GENERAL", viableProviderBand(), "malvern-view", "arrow-bank"),
                    Lot.zone("KINGTON", "Zone: Kington and the Golden Valley", "GENERAL", viableProviderBand(), "hergest-ridge", "black-mountains"))),
            standardRates(LocalDate.of(2026, 4, 1),
                    new int[] {2496, 2370, 2800},
                    new int[] {2440, 2320, 2740},
                    new int[] {2748, 2600, 3080},
                    new int[] {2650, 2510, 2960}),
            new Staff("Helen Pritchett", "Tom Baskerville", "Lucy Powell", "wye-meadow", "Janet Preece"),
            new Person("Arthur", "Preece", LocalDate.of(1939, 8, 9), "9994567896",
                    "Orchard Cottage, Eardisland", "HR6 9ZT", "en"));

    static final Council ROTHERHAM = new Council(
            "rotherham", "Rotherham Metropolitan Borough Council", "ENGLAND",
            List.of(
                    Zone.urban("NORTH", "Rotherham North (Wath, Swinton and Rawmarsh)"),
                    Zone.urban("CENTRAL", "Rotherham Central"),
                    Zone.urban("SOUTH", "Rotherham South (Wickersley and Maltby)"),
                    Zone.rural("ROTHER-VALLEY", "Rother Valley (Dinnington and Kiveton)")),
            List.of("clifton-park", "boston-castle", "wentworth-gate", "keppel-column", "ulley-brook",
                    "roche-abbey", "thrybergh-mill", "pennine-threads"),
            new Framework("Home Care and Support Service", LocalDate.of(2024, 11, 1), 60, 24, true, List.of(
                    Lot.zone("NORTH", "Zone: Rotherham North", "GENERAL", HoursBand.NONE, "wentworth-gate", "keppel-column"),
                    Lot.zone("CENTRAL", "Zone: Rotherham Central", "GENERAL", HoursBand.NONE, "clifton-park", "boston-castle"),
                    Lot.zone("SOUTH", "Zone: Rotherham South", "GENERAL", HoursBand.NONE, "pennine-threads", "ulley-brook"),
                    Lot.zone("ROTHER-VALLEY", "Zone: Rother Valley", "GENERAL", HoursBand.NONE, "roche-abbey", "thrybergh-mill"))),
            standardRates(LocalDate.of(2026, 4, 1),
                    new int[] {2295, 2180, 2570},
                    new int[] {2240, 2130, 2510},
                    new int[] {2530, 2400, 2840},
                    new int[] {2460, 2330, 2760}),
            new Staff("Nadia Akhtar", "Craig Hobson", "Dean Walker", "clifton-park", "Paul Staniforth"),
            new Person("Doreen", "Staniforth", LocalDate.of(1943, 1, 30), "9996789012",
                    "31 Moorgate Crescent", "S60 2ZW", "en"));

    static final List<Council> COUNCILS = List.of(BRADFORD, COVENTRY, BRIDGEND, HEREFORDSHIRE, ROTHERHAM);

    static final NhsPartner COVENTRY_ICB = new NhsPartner(
            "NHS Coventry and Warwickshire ICB", "B2M3M", "coventry", LocalDate.of(2024, 4, 1), "coventry-icb-demo");

    private DemoCatalogue() {
    }

    /** Coventry's nine contracts of 1,200 to 1,500 hours a week. */
    private static HoursBand coventryBand() {
        return HoursBand.hoursPerWeek(1_200, 1_500);
    }

    /** Herefordshire's providers said they need 700 to 2,000 hours a week to stay viable. */
    private static HoursBand viableProviderBand() {
        return HoursBand.hoursPerWeek(700, 2_000);
    }

    /** Each array is {rate, floor, ceiling} in pence an hour. */
    private static List<Rate> standardRates(LocalDate from, int[] domiciliary, int[] shortBreaks, int[] outOfHours, int[] chc) {
        return List.of(
                rate("DOMICILIARY", domiciliary, from),
                rate("SHORT_BREAKS", shortBreaks, from),
                rate("OUT_OF_HOURS", outOfHours, from),
                rate("CHC", chc, from));
    }

    /** Bridgend's price schedule: the 2026 real living wage uplift supersedes the 2025 rates. */
    private static List<Rate> bridgendPriceSchedule() {
        var from2025 = LocalDate.of(2025, 4, 1);
        var from2026 = LocalDate.of(2026, 4, 1);
        return List.of(
                rate("DOMICILIARY", new int[] {2436, 2310, 2700}, from2025),
                rate("SHORT_BREAKS", new int[] {2380, 2260, 2650}, from2025),
                rate("OUT_OF_HOURS", new int[] {2672, 2540, 2960}, from2025),
                rate("CHC", new int[] {2575, 2440, 2860}, from2025),
                rate("DOMICILIARY", new int[] {2548, 2420, 2820}, from2026),
                rate("SHORT_BREAKS", new int[] {2490, 2365, 2760}, from2026),
                rate("OUT_OF_HOURS", new int[] {2796, 2650, 3100}, from2026),
                rate("CHC", new int[] {2690, 2550, 2980}, from2026));
    }

    private static Rate rate(String serviceType, int[] rateFloorCeiling, LocalDate from) {
        return new Rate(serviceType, rateFloorCeiling[0], rateFloorCeiling[1], rateFloorCeiling[2], from);
    }

    private static Provider cqc(String key, String name, String providerId, String locationId) {
        return new Provider(key, name, "CQC", providerId, locationId);
    }

    private static Provider ciw(String key, String name, String providerId, String locationId) {
        return new Provider(key, name, "CIW", providerId, locationId);
    }
}
