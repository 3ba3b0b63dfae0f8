"""The event types of war and pressure: combat_use, interception, sanctions, moratorium and
inspection. Each case checks the whole set of event records of its sentence: type, rule,
status, actors with their roles and systems, with nothing missing and nothing extra."""

from __future__ import annotations

import pytest

from treatyx.records import ref_ids

from ..conftest import of_kind

Summary = tuple[str, str, str, tuple[tuple[str, str], ...], tuple[str, ...]]


def ev(type_: str, rule: str, status: str = "asserted", agents: tuple[str, ...] = (),
       targets: tuple[str, ...] = (), systems: tuple[str, ...] = ()) -> Summary:
    actors = tuple(sorted([(a, "agent") for a in agents] + [(t, "target") for t in targets]))
    return type_, rule, status, actors, tuple(sorted(systems))


def summaries(records: list[dict]) -> list[Summary]:
    return sorted(
        (e["type"], e["rule"], e["status"],
         tuple(sorted((a["id"], a["role"]) for a in e["actors"])),
         tuple(sorted(ref_ids(e["systems"]))))
        for e in of_kind(records, "event"))


CASES = {
    # -- combat_use: a weapon fired at a real target, not a test
    "Russia struck Dnipro with an Oreshnik missile on Thursday.": [
        ev("combat_use", "combat-use", agents=("russia",), systems=("oreshnik",))],
    "Russia bombarded Kharkiv with Kalibr cruise missiles and Shahed drones on Saturday.": [
        ev("combat_use", "combat-use", agents=("russia",), systems=("kalibr", "shahed-136"))],
    "Iran launched a massive missile attack on Israel in April 2024.": [
        ev("combat_use", "combat-use", agents=("iran",), targets=("israel",))],
    "Kyiv came under a massive missile attack overnight.": [
        ev("combat_use", "combat-use-under", targets=("ukraine",))],
    "Putin warned that any missile strike on Russian territory would draw a nuclear response.": [
        ev("warning", "warning", agents=("vladimir-putin", "russia"))],
    "American warships launched cruise missile strikes against Afghanistan and Sudan.": [
        ev("combat_use", "combat-use", agents=("united-states",),
           targets=("afghanistan", "sudan"))],
    "Israeli warplanes struck Hezbollah rocket launchers in southern Lebanon.": [
        ev("combat_use", "combat-use", agents=("israel",), targets=("hezbollah", "lebanon"))],
    "A Russian missile hit a residential building in Kharkiv on Friday.": [
        ev("combat_use", "combat-use", agents=("russia",))],  # who fired the Russian missile
    # the barrage counts the missiles: the launch at Kyiv is the event
    "Russia launched a barrage of missiles and drones at Kyiv overnight.": [
        ev("combat_use", "combat-fire-at", agents=("russia",))],
    "Ukraine has called for strikes on Russian missile launchers.": [
        ev("combat_use", "combat-use", "hypothetical", agents=("ukraine",))],
    "Negotiators struck a deal on missile inspections.": [],
    "State media said the missile accurately hit its target in the sea.": [],
    "The missiles hit the mock targets at an altitude of 150 km, state media said.": [],
    "Moscow hit back at the accusations about its missile.": [],
    "Russia's missile industry was hit hard by sanctions.": [],
    "State media said the rockets struck an island target 400 km away.": [],
    "The carrier strike group carries Tomahawk missiles.": [],
    "The new missile can strike targets 3,000 km away.": [],
    "The missile programme came under criticism in parliament.": [],
    "Officials attacked the cost of the missile defence programme.": [],
    # a launch into the sea stays a test
    "On Wednesday North Korea fired a pair of short-range ballistic missiles into the sea off its "
    "east coast.": [
        ev("missile_test", "missile-test", agents=("north-korea",))],
    # -- interception: the interceptor is the agent
    "Ukrainian air defences intercepted 20 of the 25 missiles overnight.": [
        ev("interception", "interception", agents=("ukraine",))],
    "A US destroyer shot down a Houthi cruise missile over the Red Sea.": [
        ev("interception", "interception", agents=("united-states",)),
        ev("combat_use", "intercepted-attack-events", agents=("houthis", "yemen"),
           targets=("united-states",))],
    "Israel's Arrow 3 system intercepted a ballistic missile above the southern Negev.": [
        ev("interception", "interception", agents=("israel",), systems=("arrow-3",))],
    "Ukraine can intercept ballistic missiles with Patriot batteries.": [],  # a capability
    "Ukrainian air defences destroyed 30 drones over the Kyiv region.": [
        ev("interception", "interception", agents=("ukraine",))],
    "The Ukrainian air force said air defences shot down 40 of the 50 drones.": [
        ev("interception", "interception", agents=("ukraine-air-force", "ukraine"))],
    "Russia said it destroyed its last chemical weapons in 2017.": [
        ev("elimination", "elimination", agents=("russia",))],
    "Police intercepted a shipment of cocaine at the port.": [],
    "The wreckage of the downed missile was shown on television.": [],
    # -- sanctions: the rule says imposed, lifted, reimposed or snapped back
    "The European Union imposed new sanctions on Iran over its missile programme.": [
        ev("sanctions", "sanctions-imposed", agents=("european-union",), targets=("iran",))],
    "Washington sanctioned three Chinese firms for supplying missile parts to Pakistan.": [
        ev("sanctions", "sanctions-imposed", agents=("united-states",), targets=("china",))],
    "The EU extended its sanctions against Russia for another six months.": [
        ev("extension", "extension-sanctions", agents=("european-union",), targets=("russia",)),
        ev("sanctions", "sanctions-imposed", agents=("european-union",), targets=("russia",))],
    "The United States lifted sanctions on Iran in January 2016.": [
        ev("sanctions", "sanctions-lifted", agents=("united-states",), targets=("iran",))],
    "France, Germany and Britain triggered the snapback of UN sanctions on Iran in August 2025.": [
        ev("sanctions", "sanctions-snapback", agents=("france", "germany", "united-kingdom"),
           targets=("iran",))],
    "The UN Security Council reimposed sanctions on Iran.": [
        ev("sanctions", "sanctions-reimposed", agents=("un-security-council",),
           targets=("iran",))],
    "Iran and the E3 held sanctions relief talks in Geneva.": [
        ev("talks", "talks", agents=("iran", "e3", "france", "germany", "united-kingdom"))],
    "Russia and the United States held talks on lifting sanctions on Iran.": [
        ev("talks", "talks", agents=("russia", "united-states"), targets=("iran",))],
    "Tehran seeks the lifting of all sanctions on its missile industry.": [
        ev("sanctions", "sanctions-lifted", "hypothetical", agents=("iran",))],
    "The football association sanctioned the club for crowd trouble.": [],
    # -- moratorium: it takes in the test or deployment it bans
    "Russia declared a moratorium on deploying intermediate-range missiles in 2019.": [
        ev("moratorium", "moratorium-declared", agents=("russia",))],
    "North Korea announced a moratorium on nuclear tests in April 2018.": [
        ev("moratorium", "moratorium-declared", agents=("north-korea",))],
    "Russia ended its moratorium on deploying intermediate-range missiles in August 2025.": [
        ev("moratorium", "moratorium-ended", agents=("russia",))],
    "Putin said Russia could end its moratorium on deploying intermediate-range missiles.": [
        ev("moratorium", "moratorium-ended", "hypothetical", agents=("russia",))],
    "If Washington goes ahead, Moscow will no longer feel bound by its self-imposed moratorium "
    "on deploying such missiles, he said.": [
        ev("moratorium", "moratorium-not-bound", "planned", agents=("russia",))],
    "Kim Jong Un told party officials that he no longer felt bound by the self-imposed "
    "moratorium on testing nuclear weapons and ICBMs.": [
        ev("moratorium", "moratorium-not-bound", agents=("kim-jong-un", "north-korea"))],
    "The court said the city is no longer bound by the moratorium on evictions.": [],
    "Pyongyang has broken the self-imposed moratorium on long-range missile tests.": [
        ev("moratorium", "moratorium-ended", agents=("north-korea",))],
    "Washington raised concerns that Moscow was not complying with New START.": [
        ev("violation_allegation", "violation-allegation", agents=("united-states",),
           targets=("russia",))],
    "Paris said Tehran has not complied with the 2015 nuclear deal.": [
        ev("violation_allegation", "violation-allegation", agents=("france",),
           targets=("iran",)),
        ev("signing", "signing-named-by-date", agents=(
            "china", "france", "germany", "iran", "russia", "united-kingdom", "united-states"))],
    "The firm said it was not complying with the new tax rules.": [],
    "Russia broke the INF Treaty in 2014, Washington said.": [
        ev("violation_allegation", "violation-allegation", agents=("united-states",),
           targets=("russia",))],
    "The United States ended its testing moratorium in 2026, Russia said.": [
        ev("moratorium", "moratorium-ended", agents=("united-states",))],
    # the verb whose object holds the moratorium takes it in (moratorium-kept)
    "North Korea has kept a self-declared moratorium on ICBM tests since 2018.": [
        ev("moratorium", "moratorium-kept", agents=("north-korea",))],
    "The city declared a moratorium on evictions.": [],
    "The council lifted the moratorium on new building permits.": [],
    "The country has observed a moratorium on nuclear testing since 1996.": [],
    # -- inspection: refused, barred or suspended ones are negated, the refuser their agent
    "IAEA inspectors visited the Fordow enrichment plant on Monday.": [
        ev("inspection", "inspection", agents=("iaea",))],
    "Iran refused IAEA inspectors access to the Fordow site.": [
        ev("inspection", "inspection", "negated", agents=("iran",), targets=("iaea",))],
    "Iran barred IAEA inspectors from the Natanz enrichment site.": [
        ev("inspection", "inspection", "negated", agents=("iran",), targets=("iaea",))],
    "Russia suspended inspections under New START in August 2022.": [
        ev("suspension", "suspension", agents=("russia",)),
        ev("inspection", "inspection", "negated", agents=("russia",))],
    "Russia has not allowed any inspections under New START since 2020.": [
        ev("inspection", "inspection", "negated", agents=("russia",))],
    "Health inspectors closed the restaurant after a visit.": [],
    "Kim Jong Un inspected a munitions factory that makes missile launchers.": [],
    "The Pentagon's inspector general faulted the missile defence programme.": [],
}

# Needs the events component to look past a weapon object to its "at"/"against" (see
# rules/events.yml, combat-use): until then these are missile tests.
AIMED = {
    "Iran fired ballistic missiles at Israel on Tuesday night.": [
        ev("combat_use", "combat-fire-at", agents=("iran",), targets=("israel",))],
    "The Houthis launched a cruise missile at a tanker in the Red Sea.": [
        ev("combat_use", "combat-fire-at", agents=("houthis", "yemen"))],
    "Russia fired a missile at Kyiv.": [
        ev("combat_use", "combat-fire-at", agents=("russia",))],
}


# Needs absorption to stop at a preposition such as "with": a moratorium takes in the test it
# bans ("a moratorium on ICBM tests"), not the launch that broke it.
ABSORB_ACROSS_WITH = {
    "Pyongyang broke its moratorium with an ICBM launch in 2022.": [
        ev("moratorium", "moratorium-ended", agents=("north-korea",)),
        ev("missile_test", "missile-test", agents=("north-korea",))],
}


@pytest.mark.parametrize("text", list(CASES))
def test_event_types_whole_answer(run, text):
    assert summaries(run(text)) == sorted(CASES[text])


@pytest.mark.parametrize("text", list(AIMED))
def test_event_types_a_missile_fired_at_a_target_is_combat_use(run, text):
    assert summaries(run(text)) == sorted(AIMED[text])


@pytest.mark.parametrize("text", list(ABSORB_ACROSS_WITH))
def test_event_types_a_moratorium_broken_by_a_launch_keeps_the_launch(run, text):
    assert summaries(run(text)) == sorted(ABSORB_ACROSS_WITH[text])


def test_event_types_the_rule_says_what_happened_to_sanctions(run):
    records = run("The United States lifted sanctions on Iran in January 2016. The UN "
                  "Security Council reimposed sanctions on Iran in September 2025.",
                  date="2025-10-01")
    found = [(e["rule"], e["date"]["value"]) for e in of_kind(records, "event")]
    assert found == [("sanctions-lifted", "2016-01"), ("sanctions-reimposed", "2025-09")]
