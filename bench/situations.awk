# The benchmark's situations for POST /api/v1/subsidy-estimates: n distinct, valid situations, one compact JSON object
# a line, drawn with seed from the region codes read (one a line). Half of them are in a region picked among the
# real ones, half among the synthetic counties, prefectures and province of bench/scale.sql (codes 91....), when the
# list holds any: without that split, 3,041 synthetic codes would leave the 22 real regions, where the rules are,
# one situation in a hundred and forty.
#
#   awk -v n=20000 -v seed=1 -f bench/situations.awk regions.txt >situations.jsonl
#
# Every situation is valid, so that every one answers 200: level 1 to 5; certificateIssuedOn a day of 2017 to 2026;
# applyingOn 1 to 540 days after it, at the latest 2026-12-31; insuredMonths 0 to 360 (90%); employmentStatus any of
# the six (90%); birthDate 18 to 64 years before applyingOn (80%); sex (50%); hukouRegion, a real region (30%);
# workType (20%); one previous subsidy received before applyingOn (10%); recentGraduate and
# urgentlyNeededOccupation (5% each). Plain POSIX awk (mawk too): dates are counted in days since 1970-01-01.

function days(y, m, d,    era, yoe, doy, doe) {
    y -= m <= 2
    era = int(y / 400)
    yoe = y - era * 400
    doy = int((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1
    doe = yoe * 365 + int(yoe / 4) - int(yoe / 100) + doy
    return era * 146097 + doe - 719468
}

function date(z,    era, doe, yoe, y, doy, mp, d, m) {
    z += 719468
    era = int(z / 146097)
    doe = z - era * 146097
    yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
    y = yoe + era * 400
    doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100))
    mp = int((5 * doy + 2) / 153)
    d = doy - int((153 * mp + 2) / 5) + 1
    m = mp < 10 ? mp + 3 : mp - 9
    return sprintf("%04d-%02d-%02d", y + (m <= 2), m, d)
}

function pick(n) { return int(rand() * n) + 1 }
function chance(percent) { return rand() * 100 < percent }

NF { if ($1 ~ /^91/) synthetic[++synthetics] = $1; else real[++reals] = $1 }

END {
    if (!reals) { print "situations.awk: no regions read" >"/dev/stderr"; exit 2 }
    srand(seed + 0)
    split("EMPLOYED RECEIVING_UNEMPLOYMENT_BENEFIT REGISTERED_UNEMPLOYED STUDENT RETIRED CIVIL_SERVANT", statuses, " ")
    split("data-annotator ai-algorithm-tester ai-digital-human-trainer", workTypes, " ")
    first = days(2017, 1, 1); last = days(2026, 12, 31)
    made = 0
    while (made < n) {
        region = synthetics && chance(50) ? synthetic[pick(synthetics)] : real[pick(reals)]
        issued = first + pick(last - first) - 1
        applying = issued + pick(540)
        if (applying > last) applying = last
        s = sprintf("{\"region\":\"%s\",\"level\":%d,\"certificateIssuedOn\":\"%s\",\"applyingOn\":\"%s\"",
            region, pick(5), date(issued), date(applying))
        if (chance(90)) s = s sprintf(",\"insuredMonths\":%d", pick(361) - 1)
        if (chance(90)) s = s ",\"employmentStatus\":\"" statuses[pick(6)] "\""
        if (chance(80)) s = s ",\"birthDate\":\"" date(applying - 6575 - int(rand() * 46 * 365)) "\""
        if (chance(50)) s = s ",\"sex\":\"" (chance(50) ? "MALE" : "FEMALE") "\""
        if (chance(30)) s = s ",\"hukouRegion\":\"" real[pick(reals)] "\""
        if (chance(20)) s = s ",\"workType\":\"" workTypes[pick(3)] "\""
        if (chance(10)) s = s sprintf(",\"previousSubsidies\":[{\"occupationCode\":\"4-04-05-05\",\"level\":%d,\"receivedOn\":\"%s\"}]",
            pick(5), date(applying - pick(1095)))
        if (chance(5)) s = s ",\"recentGraduate\":true"
        if (chance(5)) s = s ",\"urgentlyNeededOccupation\":true"
        s = s "}"
        if (!(s in seen)) { seen[s] = 1; print s; made++ }
    }
}
