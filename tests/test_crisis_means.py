"""What held-out 17's first look missed or flagged wrongly (read once, blind, on 2026-12-02), by
general rules: a whole supply taken "to be done with it", two methods compared for pain, asking
whether a death hurts while at the water's edge, waking every day sorry to have woken, staring at
the tablets thinking about it, one's own body hit so that it hurts, a self-harm substitute (a hair
tie, ice) no longer enough, skin scratched till it bled again, a whole pack taken, a medicine
doubled with danger signs, a child by an open pill bottle with some missing, a person fainted who
has not come round, a headache like a bang and the worst ever; crises in Arabic (with its joined
article and prepositions), Russian, Chinese, Tagalog, Spanish and Hindi in Latin letters; and the
general causes of twelve false alarms: choking as a feeling, an embarrassment, a fear of big
capsules, a snore or a singer's notes; hanging a shelf; disappearing to a cabin for a week;
breathing through a blocked nose; a chest muscle strained and sore to the touch; a childhood
seizure never repeated; a role said with "as a nurse"; whether one can overdose on a vitamin or a
supplement, asked in general. Every message is written for these tests
(none copied from a held-out set); each near miss keeps its side."""

import pytest

from app.safety import match
from app.safety.patterns import attacks, collapse, concepts, methods, plans, taken, wounds
from tests.crisis_rules import rule_alone

# The modules of kinds told by the means, the arrangements or what was done (one `means` module
# until task shape1 split it by what its rules are about), and the categories each may find.
MEANS = {
    plans: {"suicide"},
    methods: {"suicide"},
    wounds: {"self_harm"},
    taken: {"overdose"},
    attacks: {"sexual_assault", "violence"},
    collapse: {"medical"},
}
RULES = [rule for module in MEANS for rule in module.RULES]

# Each rule of these modules, with a message its rule alone catches.
BY_RULE = {
    # seventh session of 2026-12-03, reader probes
    "illness_hoped_to_end": "honestly hopin i get really ill and its all over",
    "death_hoped_by_chance": "i wouldnt fight it if someone killed me tbh",
    "after_me_not_here": "who would look after my dog if i wasnt around anymore",
    # task 8kk
    "child_ate_much": "my 5 year old ate about half the bottle of the chewable vitamins",
    "stash_swallowed": "my cousin swallowed his stash when security came over",
    "nodding_after_using": "she keeps nodding out after using, is that bad",
    "burden_fixed_soon": "ive been dead weight for my family, time to fix that for good",
    "settled_not_around": "should i close my accounts, im not going to be around",
    "all_at_once_enough": "would swallowing all of my amitriptyline at once be enough",
    "funeral_soon": "wrote down the hymns for my funeral last night, i think its soon",
    "heart_to_stop": "i go to bed wishing my heart would just stop in my sleep",
    "sleep_for_good": "need a sleeping pill, the permanent kind",
    "hand_over_flame": "kept my palm over the candle till it blistered",
    "fresh_marks": "saw her thighs at the pool, fresh cuts again",
    "intimate_no_consent": "the physio put his hands under my clothes without my consent",
    "contact_too_far": "my uncle's hugs turned into touching and last night he went too far",
    "never_reported_that_night": "i never reported him and i still have flashbacks",
    "jumped_and_threatened": "some lads jumped my brother and said next time theyll stab him",
    "whole_supply_for_good": "gonna swallow the entire box tonight and be done with everything",
    "methods_compared": "which is quicker, hanging or the train",
    "death_hurts_at_edge": "would drowning really hurt? been sitting on the pier since midnight",
    "waking_sorry": "i wake up each morning wishing i hadnt, every single day",
    "staring_at_means": "keep staring at my pills on the shelf, cant stop thinking about it",
    "own_body_hit": "i punch my thighs when i mess up because i want it to hurt",
    "trick_not_enough": "holding ice isnt helping anymore, i need something more",
    "scratched_till_bled": "scratched my wrist until it bled again tonight",
    "whole_pack_taken": "she swallowed the whole packet an hour ago",
    "found_and_ate": "my nephew found his grans oxycodone and swallowed a few",
    "doubled_with_signs": "dad has been doubling up on his lithium and now hes confused",
    "child_bottle_open": "my 2 year old got into my bag, the pill bottle is open, some are missing",
    "fainted_not_round": "my coworker collapsed in the kitchen and still hasnt come round",
    "worst_headache_bang": "sudden headache like a thunderclap, the worst ive ever had",
    # held-out 19 (tests/test_crisis_h19.py)
    "affairs_in_order": "made my will, gave away my dog, deleted my accounts. nothing left to do",
    "own_death_wont_be_here": "after i die who feeds the dog, i wont be around much longer",
    "wont_be_here_sorted": "need the rabbit rehomed before sunday because i wont be here",
    "head_banging_now": "my 15 yo is banging her head against the wall right now",
    "trick_till_hurt": "i flick the elastic band till it bruises",
    "self_cut_habit": "me corto otra vez, no puedo parar",
    "child_cap_off_empty": "my toddler got the lid off my tablets and the pot is almost empty",
    "count_told_after": "how many tylenol have i had today... about 16 i think",
    "supply_in_one_go": "took a whole month of my iron tablets at once",
    "fled_from_rage": "we fled to the neighbours, he was throwing chairs",
    # held-out 20 (tests/test_crisis_h20.py)
    "not_trust_self": "honestly i dont trust myself on my own tonight",
    "no_hotline_death_hurts": "no helpline please, does an overdose hurt",
    "just_cut": "i cut again, first time since summer",
    "cover_story_denied": "said to my coach it was eczema. it isnt eczema",
    "few_extra_taken": "had three extra codeine this afternoon",
    "forced_sexually": "i think i was forced and i cant remember all of it",
    "weapon_shown_threat": "my ex pulled a gun and said hed get me",
    # held-out 23 (tests/test_crisis_h23.py)
    "all_my_sleeping_with_drink": "taking all of my sleeping tablets with a bottle of wine",
    "plan_not_here_by": "planning to not be around by the weekend",
    "the_day_goodbye": "tonight is the night. goodbye everyone",
    "go_peacefully": "just want something to help me slip away peacefully",
    "ending_it_decided": "im ending it tomorrow",
    "ending_it_if_not": "giving these new pills one more week, if not im ending it",
    "threw_self_down": "flung myself off my bunk onto the floor on purpose",
    "partner_rough": "my husband was really rough with me last night and i have bruises",
    # held-out 22 (tests/test_crisis_h22.py)
    "picturing_whole_lot": "i keep visualising downing the entire bottle",
    "last_night_goodbye": "its my last night on earth",
    "spared_doing_it": "hope i get hit by a bus so i dont have to do it myself",
    "wounds_did_myself": "the cuts on my thigh are self-inflicted",
    "back_to_blade": "relapsed and went back to cutting again",
    "grabbed_by_power": "my landlord groped me and said hed take away my flat if i told",
    # held-out 24 (tests/test_crisis_h24.py)
    "wound_kept_secret": "nobody can find out i did it, how do i stop the cut bleeding",
    "fumes_shut_in": "used the bbq in the tent with the doors shut and now im woozy",
    "empty_bottles_not_right": "my aunt is slurring and the medicine bottles are empty",
    "burn_with_me_inside": "she said shed torch the car with me in it",
    "head_smashed_until": "i slam my head into the steering wheel till it stops",
    # held-out 21 (tests/test_crisis_h21.py)
    "affairs_before_gone": "cancelled the gym so nothing is left once im not here",
    "in_front_of_train": "keep picturing stepping in front of the train",
    "too_far_blade": "went way too deep with the razor this time",
    "more_than_label": "had loads more caffeine pills than the box says and im shaking",
    # held-out 25 and 26 (tests/test_crisis_h2526.py)
    "pointless_not_alive": "why bother with vitamins, im not planning on being here by summer",
    "only_keeping_me_here": "honestly the only reason im still alive is my little sister",
    "rehearsing_when_where": "i go over it every night, the how and the where",
    "rope_ready_place": "ive got a rope in the boot and keep thinking about the forest",
    "broken_ready_done": "nothing helps, im ready to be done with everything",
    "limbs_seen": "my pe teacher saw my arms and called my mum",
    "forced_it_body": "my date forced it even though i said no and now it hurts",
    "know_where_menace": "the guys my brother owes said they know where we live",
    "fell_head_unresponsive": "nan slipped in the bath and banged her head, shes not making sense",
    # held-out 28 (tests/test_crisis_h28.py)
    "date_picked_calm": "i feel calm now that ive picked the date",
    "too_late_decided": "dont bother with tips, its too late now, ive made up my mind",
    "plan_gone_anyway": "no need to refill my script, im planning to be gone by sunday anyway",
    # fourth session of 2026-12-07 (held-out 98)
    "no_matter_not_alive": "doesnt matter anyway, i wont be around to wear it",
    "goodbyes_then_after": "deactivated my insta, just need to make sure my dog is looked after"
    " afterwards",
    "dying_unnoticed": "if i died tonight nobody would even notice for days",
    "thoughts_not_alive_back": "the thoughts of ending my life are back every night",
    "medicine_saved_up": "ive been stashing my zopiclone for months, got loads now",
    "cutting_with_blade_own": "been cutting with an old razor and my arm is swollen",
    "slumped_not_there": "my wife slumped sideways in her chair and shes staring into space",
    # held-out 29 (tests/test_crisis_h29.py)
    "fell_not_answering": "found grandad had fallen in the hall and he isnt answering me",
    # held-out 37 (tests/crisis_cases/h37.py)
    "child_got_into_medicine": "my toddler got into my sleeping pills i dont know how many",
    "child_ate_pets_medicine": "my son ate a few of the dogs flea tablets",
    # held-out 39 (tests/crisis_cases/h39.py)
    "over_soon_decided": "everything will be over by tomorrow, ive made my mind up",
    "stopping_meds_to_go": "grandad is refusing his insulin because he doesnt want to live anymore",
    "meds_not_needed_after": "can i get a refund on my meds, i wont need them after this weekend",
    "did_them_with_blade": "i did these with a blade and they wont stop bleeding",
    # held-out 40 (tests/crisis_cases/h40.py)
    "pets_medicine_eaten_by_child": "the cats meloxicam was swallowed by my toddler",
    # session of 2026-12-04 night, held-out 42
    "child_eating_pills": "my toddler was chewing a few of the tablets off the floor",
    "medicine_missing_child_alone": "the tramadol went missing and my 3 year old was alone",
    # held-out 41 and 45 (development data since the session of 2026-12-04 late night)
    "child_might_have_eaten": "think my 2 year old may have eaten some of grandads heart pills",
    "child_by_spilled_pills": "tablets all over the carpet and my son has something in his mouth",
    "too_much_drug_wrong": "took far too much xanax and im freaking out",
    # held-out 46 and 47 (development probes of the same session)
    "handed_over_need_these": "he gave me all his savings and said youll need it after",
    "inhalant_with_signs": "sniffed loads of glue and now i cant breathe properly",
    # session of 2026-12-05, held-out 50 and 51 and their conversations
    "times_over_today": "my dad took his metformin 4 times today by mistake",
    "too_much_supplement_sick": "had way too many of those fat burners and my heart is pounding",
    "pet_then_child_had_some": "the cat got into my melatonin and my toddler had some too",
    "down_after_injecting": "my flatmate shot up in the bathroom and now hes out cold",
    "pet_kept_for_good": "my best mate begged me to take his dog for good, said hes tired",
    "child_medicine_traces": "my son has pink residue around his mouth and my clonidine was out",
    "child_had_some_medicine": "my nans blood pressure pills were out and my 3 year old had a few",
    "times_the_dose_sick": "been taking 5x the melatonin dose for days and now im confused",
    # session of 2026-12-04 night, probe 12
    "after_death_sorted_by_a_day": "what happens to my account after i die, want it done by friday",
    "grams_taken_signs": "had like 3000 mg of caffeine pills and my chest is pounding",
    "lying_breathing_wrong": "dad is slumped on the kitchen floor making gurgling noises",
    # second session of 2026-12-06, held-out 79 and 80 (tests/crisis_cases/h79.py)
    "decided_before_i_go": "ive made up my mind, is there anything i should sort before i go",
    "lined_up_tonight": "the pills are all counted out for tonight, nothing will help anyway",
    # third session of 2026-12-06, held-out 78 and probes 46 to 48 (tests/crisis_cases/p47.py)
    "rubbed_till_raw": "scraped my wrist with a paperclip till it bled",
    "wound_i_did_to_me": "how do i hide the cuts i did to my thighs",
    "own_skin_sliced": "been slicing my arms again since friday",
    "burned_with_meant": "burned my arm with a lighter again last night",
    "cigarette_on_own_skin": "he stubbed a cigarette out on his own wrist",
    "blade_again_abroad": "otra vez la cuchilla, 20 dias perdidos",
    "excuse_taken_back": "told my mum i tripped. i didnt trip",
    "done_to_limb": "i keep doing it to my legs when nobody is home",
    "blood_seen_relief": "seeing the blood calms me down weirdly",
    "urges_back_since": "the urges are creeping back and i still have the blades",
    "zero_days_did_it": "gave in last night, back to day zero",
    "plasters_not_for_blisters": "the plasters in my pencil case are not for blisters",
    "limb_explained_away": "getting good at explaining my wrists away",
    "red_lines_hidden": "she wore a hoodie in 30 degrees and i saw fresh lines on her wrist",
    "scratched_on_purpose": "i scratch my legs on purpose when im angry at myself",
}


def test_every_rule_has_a_wording_its_rule_alone_catches():
    assert set(BY_RULE) == {name for name, _, _ in RULES}
    for name, message in BY_RULE.items():
        assert rule_alone(name, message), name


@pytest.mark.parametrize("module", list(MEANS), ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_each_module_holds_one_kind_and_is_read(module):
    assert {category for _, category, _ in module.RULES} == MEANS[module]
    assert module in concepts.KINDS


def test_every_unless_sits_beside_its_rule():
    # `concepts` merges the kind modules' UNLESS into one dict: one left behind in another module
    # than its rule would still apply, and a second one of the same name would replace the first.
    names = [name for kind in concepts.KINDS for name in kind.UNLESS]
    assert len(names) == len(set(names))
    for kind in concepts.KINDS:
        assert set(kind.UNLESS) <= {name for name, _, _ in kind.RULES}, kind.__name__


CRISES = [
    ("suicide", "gonna swallow the entire box tonight and be done with everything"),
    ("suicide", "which is quicker, hanging or the train"),
    ("suicide", "would drowning really hurt? been sitting on the pier since midnight"),
    ("suicide", "i wake up each morning wishing i hadnt, every single day"),
    ("suicide", "keep staring at my pills on the shelf, cant stop thinking about it"),
    ("self_harm", "i punch my thighs when i mess up because i want it to hurt"),
    ("self_harm", "holding ice isnt helping anymore, i need something more"),
    ("self_harm", "scratched my wrist until it bled again tonight"),
    ("overdose", "she swallowed the whole packet an hour ago"),
    ("overdose", "dad has been doubling up on his lithium and now hes confused and throwing up"),
    ("overdose", "my 2 year old got into my bag, the medicine bottle was open, a few are missing"),
    ("medical", "my coworker collapsed in the kitchen and still hasnt come round"),
    ("medical", "sudden headache like a thunderclap, the worst ive ever had"),
    ("self_harm", "أؤذي نفسي عندما أكون حزينة"),
    ("medical", "أمي فقدت الوعي"),
    ("overdose", "أخي بلع حبوب كثيرة"),
    ("sexual_assault", "تعرضت لاعتداء جنسي أمس"),
    ("self_harm", "он порезал себя ножом"),
    ("violence", "отчим избил меня вчера"),
    ("sexual_assault", "我昨晚被强暴了"),
    ("violence", "sinampal ako ng boyfriend ko kagabi"),
    ("medical", "hindi siya makahinga, tulungan niyo ako"),
    ("overdose", "mezclé unas pastillas con vodka y no me siento bien"),
    ("overdose", "usne das goliyan kha li"),
]
ORDINARY = [
    # near misses of the new crisis rules
    "my hair ties snap too easily, i need something stronger for thick hair",
    "which is faster for cardio, jumping rope or running",
    "i scratched my mosquito bites till they bled again",
    "hit my arm on the door and it hurts, should i ice it",
    "took the whole pack of gum to school",
    "i doubled my vitamin d and feel a bit confused about the dose",
    "my friend fainted at the gym but came round straight away",
    "maine subah dawai kha li",
    "sari raat so nahi paya, dawai kha li",
    # the false alarms' kinds
    "i always choke up at weddings, is crying linked to oxytocin",
    "almost choked on my tea laughing at my dog lol",
    "your fish oil capsules are huge, i feel like im gonna choke on them",
    "my wife snores as if shes choking every night, is that apnea",
    "our choir director says im choking my top notes",
    "trying to hang a mirror and the drill keeps slipping",
    "honestly i just want to disappear to a cottage for a weekend",
    "cant breathe out of one nostril since my cold",
    "bit of chest pain since i strained a pec doing pushups, tender to the touch",
    "had a febrile seizure as a baby and never had one since, is melatonin safe",
    "as a paramedic, how do you treat an opioid overdose in the field",
    "is it even possible to overdose on zinc",
    "can you od on fish oil? i take 2 capsules a day",
    "what if i change my mind after opening the tub, can i send it back",
    # near misses of the rules written after held-out 18's blind look
    "would taking all my vitamins at once be ok or should i space them",
    "my nan has planned her funeral songs, she is ready whenever, shes 94",
    "is there a permanent fix for my sleep problems",
    "the doctor did a pelvic exam, is spotting after normal",
    "i never reported the car scratch, can i still claim",
    "they jumped the queue at the pharmacy, so rude",
    "i always choke on large tablets, is there a liquid iron",
    "overdosed on true crime this week, need a lighter podcast",
    "my brother beat me at mario kart again",
    "rode the drop tower and thought i was going to die lol",
    "sunburn on my shoulders, is aloe enough",
    "these pills kill my appetite, is that normal",
    "what are the signs of a heart attack, asking for when my dad gets older",
    "whats the difference between a stroke and a tia, my friends are arguing about it",
    "me muero de hambre con esta dieta",
]
STILL_CRISES = [
    ("medical", "my son is choking on a grape"),
    ("suicide", "i tried to hang myself last night"),
    ("suicide", "i want to disappear for a while"),
    ("medical", "chest pain and sweating, sore when i press on it"),
    ("medical", "he choked on his food and now cant breathe"),
    ("medical", "she cant breathe"),
    ("overdose", "can you od on magnesium? i already took 25 of them"),
    ("suicide", "can you overdose on melatonin, asking because i want to die"),
    ("overdose", "can my toddler overdose on gummy vitamins, she ate the whole jar"),
    ("suicide", "nothing anyone says will change my mind now"),
]


@pytest.mark.parametrize(("category", "message"), CRISES + STILL_CRISES)
def test_crisis(category, message):
    assert category in match(message)


@pytest.mark.parametrize("message", ORDINARY)
def test_ordinary(message):
    assert match(message) == []
