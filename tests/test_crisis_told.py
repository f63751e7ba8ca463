"""Crisis kinds told by their signs or sideways (`app.safety.patterns.told`, `emergencies`,
`sideways`, `assaults`, `threats`, `romanized`) and the
asides that keep their look-alikes ordinary (`asides`). Every message is written for these tests,
in many wordings per kind (lay, slang, third person, other languages), none copied from a held-out
set: each rule must catch the kind by itself, not one sentence."""

import pytest

from app.safety import match
from app.safety.patterns import (
    assaults,
    concepts,
    emergencies,
    quiet_readings,
    romanized,
    sideways,
    threats,
    told,
)
from tests.crisis_rules import pairs, rule_alone

KINDS = {
    ("medical", "chest_and_more"): [
        "my chest feels really heavy and my left arm went numb about twenty minutes ago",
        "dads got this crushing pressure in his chest and hes gone grey and sweaty",
        "pain across my chest spreading to my jaw and i feel sick",
    ],
    ("medical", "one_side_gone"): [
        "my mums face looks lopsided all of a sudden and her words are coming out slurred",
        "i woke up and cant feel the right side of my body",
        "grandpa suddenly cant lift his arm and his mouth is drooping",
        "dads mouth has gone droopy on the right side and hes mumbling",
    ],
    ("medical", "stiff_neck_fever"): [
        "my teenager has a high temperature, a stiff neck and is getting confused",
        "baby has a fever and wont let me bend her neck, theres a rash too",
        "really bad stiff neck with a fever and i cant look at the light",
    ],
    ("medical", "racing_at_rest"): [
        "my pulse is 175 and im lying on the sofa, it wont come down",
        "watch says heart rate 200 while im resting and i feel dizzy",
        "hr 185 for an hour now, i havent moved",
    ],
    ("medical", "ribs_sucking_in"): [
        "my toddler is wheezing and the skin between his ribs pulls in every breath",
        "she cant finish a sentence and her nostrils are flaring",
        "my sons ribs are caving in when he breathes, inhaler isnt helping",
    ],
    ("medical", "sugar_hi_sick"): [
        "my libre just says HI and ive been vomiting all morning",
        "blood sugar is 550 and my son is really drowsy",
        "glucose 32 mmol and she keeps throwing up",
    ],
    ("medical", "rigid_fever"): [
        "my mum on new antipsychotics went rigid and has a high temperature",
        "he is stiff as a board and burning up with a fever",
        "my brother suddenly went all rigid and his temp is 40",
    ],
    ("suicide", "says_better_without"): [
        "my sister keeps saying her family would be so much better off without her",
        "he texted me that everybody would be happier without him",
        "my son posted that the world would be better off without him",
    ],
    ("suicide", "insurance_over_me"): [
        "my wife would be better off with the payout than having me around",
        "honestly the life insurance is worth more to them than i am alive",
        "my family would be set for life with my life insurance if i was gone",
    ],
    ("suicide", "told_to_die_agrees"): [
        "people online keep telling me to kill myself and maybe they're right",
        "the girls in my class said i should just die and im thinking about it",
        "my ex told me to go die and honestly i might",
    ],
    # task 8jj (held-out 31's misses)
    ("self_harm", "cover_story_taken_back"): [
        "the marks werent the cat, i did them myself last night",
        "said i tripped but no, it was me, the cuts on my leg",
        "told the nurse i fell but i did it myself, how do i clean the cuts",
    ],
    ("suicide", "love_sent_not_going_on"): [
        "tell my mum i love her, i cant do this anymore",
        "pls let my brother know i loved him. im done",
        "tell everyone im sorry, im done with everything",
    ],
    # task 8w (held-out 16's misses)
    ("self_harm", "on_purpose_blade"): [
        "did it on purpose again with my razor, its deeper than last time",
        "i did that on purpose with a blade, how do i hide it from my mum",
    ],
    ("self_harm", "pulled_till_bled"): [
        "i pull my hair out when im stressed and today there was blood on my fingers",
        "she pulls out her eyebrows when anxious, theres a bald patch now",
    ],
    ("sexual_assault", "made_undress_touched"): [
        "my daughter says her swim coach's friend made her undress and took pictures",
        "when i was 9 a neighbour made me take my clothes off and touched me",
        "the older boys forced him to get naked and filmed it",
    ],
    ("violence", "child_round_burns"): [
        "my nephew has small circular burn marks on his legs and wont say where from",
        "saw cigarette burns on the little girl next door",
        "my stepson's arms have burns the size of a cigarette",
    ],
    ("suicide", "own_funeral"): [
        "i spend my nights planning my own funeral, which songs and who comes",
        "been writing goodbye letters to my family this week",
        "i wrote my own eulogy last night and it felt calming",
    ],
    ("violence", "attacked_by_group"): [
        "some lads jumped me on the way home and kicked me in the head",
        "the boys in my class kicked me in the toilets again today",
        "i was mugged and punched by a gang outside the station an hour ago",
    ],
    ("sexual_assault", "adult_touch"): [
        "my tutor keeps touching my legs under the table when mum isnt home",
        "an older man at church kissed me and told me not to tell",
        "my swim coach makes me sit on his lap in his office",
    ],
    ("violence", "bruises_pet_blamed"): [
        "my little sister has bruises on her back and says our cat did it",
        "my mum turned up with a bruised wrist and blamed it on the dog again",
        "her arms are covered in welts and she told me the rabbit did them",
    ],
    ("self_harm", "sharp_on_skin"): [
        "i scratch my legs with a safety pin when i feel empty, did it again today",
        "been carving into my forearm with a compass from my pencil case",
        "my daughter digs into her wrists with a paperclip when shes upset",
        "i drag a staple across my skin until it stings, is that bad",
        "he scrapes his arms with broken glass when he gets angry",
    ],
    ("violence", "carer_mistreats"): [
        "my mums carer pinches her and takes her pension, she is scared to say anything",
        "the night carer is rough with my dad and leaves him in his own mess",
        "my support worker takes my bank card and says nobody will believe me",
        "grandmas new caregiver locks her in her room when she goes out",
        "our home help slaps my nan when she is slow, i saw a bruise",
    ],
    ("overdose", "serotonin_mix"): [
        "started tramadol for my back while on prozac and now im shaking and sweating like crazy",
        "mixed my sertraline with some molly last night, my legs keep jerking, temp is 39",
        "took extra st johns wort on top of my citalopram, heart racing and cant stop twitching",
        "mom takes effexor and the er gave her tramadol, now shes agitated and drenched in sweat",
        "combined dxm and lexapro, everything is twitching and im burning up",
    ],
    ("overdose", "sedative_drink"): [
        "had 4 beers and then popped two xanax, is it ok to sleep now",
        "my bf took oxys and drank a bottle of wine, hes nodding off and his lips look blue",
        "i took klonopin with vodka and feel really floaty and far away",
        "took some gabapentin after drinking all night, cant keep my eyes open",
        "he drank lean and had a couple of bars, now hes really hard to wake",
    ],
    ("overdose", "child_someones_rx"): [
        "my 3 year old got into my adderall, maybe 4 gone",
        "toddler ate a few of grandmas blood pressure pills off the nightstand",
        "my son swallowed some of my clonidine, no idea how many",
        "found my daughter with two of her dads oxycodone in her mouth",
    ],
    ("overdose", "days_at_once"): [
        "mum emptied her whole dosette box this morning, took the whole week at once",
        "my grandma took all the days from her pill organizer together, shes 90",
        "dad took three days worth of his heart pills in one go by mistake",
        "nan swallowed monday through sunday from her blister pack",
    ],
    ("overdose", "edibles_panic"): [
        "had two thc gummies and i think im dying, cant breathe properly",
        "my friend ate a whole pack of edibles and says her heart is racing out of her chest",
        "greened out so bad, pulse 160 and i think im gonna pass out",
    ],
    ("overdose", "overdid_sick"): [
        "took way too much phenibut, been throwing up for hours",
        "overdid the kratom again, cant keep any water down",
        "i think i od'd on ibuprofen, vomiting every 20 minutes",
    ],
    ("overdose", "organ_damage_amount"): [
        "how many advil would it take to destroy my kidneys",
        "what amount of paracetamol is enough to wreck my liver for good",
        "how much aspirin does it take to damage my stomach lining permanently",
        "how many naproxen would it take to cause a bleeding ulcer",
    ],
    ("overdose", "arabizi_pills"): [
        "akhadt habbat kteer w mish 3am bshoof mnih",
        "khadt kol l 7abbat ma3 kohol",
    ],
    ("medical", "bone_out"): [
        "my son fell off the trampoline and you can see the bone in his arm",
        "theres a bone sticking out of my brothers leg after the crash",
        "compound fracture on my finger, what do i do",
        "caí da moto e o osso está exposto",
    ],
    ("medical", "limb_wrong_way"): [
        "my wrist is bent at a weird angle and my fingers are going white",
        "her knee is facing the wrong way and she cant feel her foot",
        "leg twisted at an unnatural angle after the tackle, toes are cold and blue",
    ],
    ("medical", "deep_burn"): [
        "grabbed the hot iron, the burn is white and waxy and numb",
        "scalded my leg with the kettle and the skin turned grey, no pain at all",
        "my kid touched the stove and the burn looks charred and leathery",
    ],
    ("medical", "chemical_eye"): [
        "my toddler sprayed bleach in his eye",
        "drain cleaner splashed into my eyes, stinging like hell",
        "got wet cement in my eye at work and cant open it",
        "caustic soda went in her eye while cleaning",
        "laundry pod burst and got in my sons eyes",
    ],
    ("medical", "blood_pumping"): [
        "the knife slipped, blood is spurting out of my wrist",
        "glass cut his leg and blood is pumping out in pulses",
        "its spraying blood every time his heart beats",
    ],
    ("medical", "bleeding_dizzy"): [
        "blood is pouring from the cut on my thigh and im lightheaded",
        "soaked through three towels and now hes pale and clammy",
    ],
    ("medical", "ketoacidosis"): [
        "my t1d son is puking and his breath smells like nail polish",
        "diabetic and my ketones are high, breathing really deep, vomiting",
        "my husband has diabetes, his breath is fruity and hes confused and drowsy",
        "my type 1 son is breathing super deep, ketones are high, he has been sick all night",
    ],
    ("medical", "dark_urine_muscle"): [
        "after crossfit yesterday my pee looks like coke and my arms are swollen",
        "did 300 squats, now my urine is tea coloured and my quads are rock hard",
        "my son did a crazy spin class and now has brown urine",
    ],
    ("medical", "appendicitis"): [
        "bottom right of my belly is agony, i have a fever and keep throwing up",
        "my daughter has pain on the right side of her tummy, temp 39 and she vomited twice",
        "sharp pain lower right abdomen, chills, cant walk straight",
    ],
    ("medical", "fever_purple_rash"): [
        "baby has a high temp and a rash that doesnt fade with a glass, and shes floppy",
        "my son is feverish with purple spots and his feet are freezing cold",
        "toddler with fever, mottled skin and breathing really fast",
    ],
    ("medical", "postpartum_fever"): [
        "2 weeks after my c section, fever and the incision is red and oozing",
        "gave birth last week and now i have chills and a foul smelling discharge",
        "my wife is 5 days postpartum with a temperature and her belly is really tender",
    ],
    ("medical", "tearing_pain"): [
        "my dad has a ripping pain going through his chest to his back",
        "sudden tearing sensation between my shoulder blades",
        "it feels like something is tearing inside my back, came on all at once",
    ],
    ("medical", "sting_no_breath"): [
        "stung by a wasp and can barely breathe",
        "ate shrimp and now im struggling to breathe",
        "mi hijo fue picado por una abeja y no puede respirar",
        "ma fille a été piquée par une guêpe et ne peut plus respirer",
    ],
    ("medical", "yellow_newborn"): [
        "my 5 day old looks yellow and is really hard to wake for feeds",
        "newborn is jaundiced and floppy and not feeding",
        "baby is yellow all over and has chalky white poop",
    ],
    ("self_harm", "hits_self"): [
        "i bang my head against the wall until it bruises when im upset",
        "i slap myself in the face every time i fail",
        "when i get overwhelmed i punch myself in the legs until they bruise",
        "i burn myself with a lighter whenever i feel numb",
    ],
    ("self_harm", "lines_cover_story"): [
        "my son has straight parallel lines of cuts on his thigh and claims it was a bush",
        "found neat scratches up her wrist, she said it was the kitten but we gave it away",
        "my girlfriend has cuts in rows along her arm, says its nothing",
    ],
    ("self_harm", "sleeves_in_heat"): [
        "my daughter wears long sleeves all summer and i found razor blades in her room",
        "he wears a jumper in the heatwave and theres blood on his sheets",
        "my son wont wear shorts even in summer and i found blades in his pencil case",
    ],
    ("self_harm", "sh_depth"): [
        "relapsed and it went to styro, do i need stitches",
        "sh got deep, i can see yellow bubbly stuff",
        "self harmed and its gaping, will butterfly strips hold",
        "went too deep this time, its fat, how do i close it",
    ],
    ("self_harm", "urge_to_cut"): [
        "the urge to sh is so strong right now",
        "how do i make it through tonight without cutting",
        "i really want to cut again, been clean 2 months",
    ],
    ("self_harm", "cutting_other_language"): [
        "me corté los brazos otra vez",
        "je me scarifie depuis des mois",
        "ich ritze mich wieder",
    ],
    ("self_harm", "starve_punished"): [
        "i go without eating for days to punish myself",
        "i dont deserve food so im starving till friday",
    ],
    ("suicide", "giving_away"): [
        "giving away all my stuff to my friends, wont need it anymore",
        "gave my dog and my games to my brother, everything is in order now",
        "ive been giving my things away and wrote goodbye letters",
        "my brother gave his xbox and his phone away and says he wont be around after friday",
    ],
    ("suicide", "lighter_without_me"): [
        "everyone would be happier without me around",
        "my family will be fine without me",
        "life would be easier for them without me",
        "my kids would be calmer if i wasnt around anymore",
        "everything would be simpler for my wife if i was gone",
    ],
    ("suicide", "stop_existing"): [
        "i just want to stop existing",
        "sometimes i wish i could cease to exist",
        "would anyone care if i stopped being alive",
    ],
    ("suicide", "checking_out"): [
        "thinking of checking out permanently",
        "i'm done for good after tonight",
        "checking out early, no one will miss me",
    ],
    ("suicide", "lived_enough_gun"): [
        "my grandad says hes had a good innings and keeps asking where the shotgun is",
        "mum says she's done with living and bought a pistol",
        "my husband says he has nothing left to live for and he has a rifle in the closet",
    ],
    ("sexual_assault", "kept_going_after_no"): [
        "i said no twice but he kept going",
        "he wouldnt stop even though i begged him to",
        "my date kept going after i said stop",
        "i froze and he carried on anyway",
        "he continued even though i told him to stop",
    ],
    ("sexual_assault", "child_undress_game"): [
        "my son says his uncle plays a secret game where they get naked",
        "my daughter said the neighbour plays a tickle game and takes her underwear off",
    ],
    ("sexual_assault", "adult_asks_pics"): [
        "my tutor wants pics of me and says dont tell my parents",
        "an older man on discord keeps asking me for photos and said its our secret, im 13",
        "my youth pastor asked for selfies in return for a spot on the trip",
        "my coach wants me to send him videos of me changing, says its our little secret",
    ],
    ("sexual_assault", "cornered_grabbed"): [
        "my landlord cornered me in the hallway and groped me",
        "the guy at the bar pinned me and kissed me",
        "a coworker traps me in the lift and touches me",
    ],
    ("violence", "coercive_control"): [
        "my husband takes all my wages and wont let me call my mum",
        "my gf reads my messages and im not allowed to go out with friends",
        "my partner took my passport and doesnt let me leave the flat",
    ],
    ("violence", "pushed_around"): [
        "my husband shoves me when hes angry",
        "my boyfriend threw me against the door last night",
        "my dad slams my mom into the wall when hes angry",
        "mi novio me empuja cuando se enoja",
    ],
    ("violence", "tracker_ex"): [
        "found a tracker hidden in my bag, my ex knows where i am",
        "my ex has been stalking me since the restraining order",
        "there's an airtag in my car that isnt mine",
    ],
    ("violence", "my_place_threat"): [
        "someone sent me pictures of my front door saying watch your back",
        "anonymous account posted my address and said you'll regret it",
    ],
    ("violence", "school_gun"): [
        "a kid in my class said hes bringing a gun to school tomorrow",
        "theres a hit list going round our school",
        "someone posted theyre going to shoot up the assembly on friday",
    ],
    ("violence", "adult_hurts_kids"): [
        "my stepdad slaps my little brother and it leaves marks",
        "the daycare worker grabs the kids hard and my son came home with bruises",
    ],
    # Held-out 9's kinds, in other wordings than its lines.
    ("violence", "thrown_at_me"): [
        "my boyfriend threw a glass at my head last night",
        "husband chucked a mug of hot tea over me during an argument",
        "my stepdad hurls plates at my mum when he's drunk",
        "she poured boiling water on my arm because i was late",
    ],
    ("violence", "worse_next_time"): [
        "my dad slapped me and said next time it will be the belt",
        "he choked me for a second and told me he won't miss next time",
        "my girlfriend shoved me down and said next time it'll be worse",
    ],
    ("violence", "armed_soon"): [
        "i swear im going to stab my roommate tonight",
        "im gonna shoot that guy at work on monday, i have a gun",
        "i hate him so much, i want to hurt my stepdad when he gets home",
    ],
    ("sexual_assault", "minor_with_adult"): [
        "my 14 year old daughter has a 27 year old boyfriend who picks her up from school",
        "my little sister is 13 and some 35 year old man keeps asking her for nudes",
        "im 15 and dating a guy in his 30s, he buys me vapes",
    ],
    ("violence", "minor_with_adult"): [
        "my cousin is 16 and hooking up with a 40 year old",
    ],
    ("violence", "locked_in"): [
        "my husband locks me in the bedroom when we argue",
        "when he gets angry he takes my keys so i cant leave",
        "my dad locked me inside the garage for hours as a punishment",
    ],
    ("violence", "children_at_risk"): [
        "the little girl upstairs is home alone every night and begging for food",
        "our neighbours leave their toddler alone for days, he is filthy and crying",
        "the boy next door has bruises again and his mum yells at him all night",
    ],
    ("violence", "hindi_beaten"): [
        "mera shohar mujhe bahut maarta hai",
        "papa meri maa ko roz peet-te hai",
        "sasural wale mujhe thappad maarte hai",
    ],
    ("violence", "hindi_weapon"): [
        "usne chaku dikha ke dhamki di",
        "bhai talwar lekar darata hai",
    ],
    ("suicide", "hindi_die"): [
        "main khudkushi karna chahti hoon",
        "ab zinda nahi rehna mujhe",
        "soch raha hoon apni jaan de dunga",
    ],
    ("self_harm", "hindi_hurt_self"): [
        "main khud ko blade se kaat-ti hoon",
        "wo apne aap ko chot pahunchata hai",
        "haath pe blade se kaata",
    ],
    ("sexual_assault", "hindi_touched"): [
        "tuition wale sir mujhe galat tareeke se chhoote hain",
        "jab ghar pe koi nahi hota tab mama mujhe touch karta hai",
    ],
    ("medical", "hindi_collapsed"): [
        "nana ji achanak behosh ho gaye, jaldi batao kya karu",
        "bhai ki saans ruk gayi hai",
    ],
    ("overdose", "hindi_many_pills"): [
        "usne das goliyan kha li",
        "maine sab dawaiyan ek saath kha li",
    ],
    ("sexual_assault", "hindi_spiked"): [
        "kisi ne mere drink mein kuch mila diya, subah kuch yaad nahi tha",
        "dost ne kuch pila diya aur uske baad kuch bhi yaad nahi",
    ],
    # Task 8ee (held-out 27 and the Hindi lines every blind set has missed).
    ("overdose", "hindi_child_product"): [
        "bachche ne harpic pee liya",
        "beti ne nani ki sugar ki goliyan kha li",
    ],
    ("overdose", "hindi_twice"): [
        "papa ne BP ki dawai do baar le li",
        "do baar insulin de di galti se",
    ],
    ("sexual_assault", "hindi_wrong_done"): [
        "tuition wale sir ne mere saath galat harkat ki",
        "chacha ne meri behen ke saath galat kaam kiya",
    ],
    ("medical", "hindi_chest"): [
        "seene mein dard hai aur baayen haath mein bhi",
        "dadi ko chhati me dard aur bahut pasina",
    ],
    ("violence", "hindi_threat_kill"): [
        "jija ne jaan se maarne ki dhamki di",
        "wo dhamki deta hai ki maar dalega",
    ],
    ("self_harm", "hindi_cut"): [
        "aaj phir apni kalai kaat li",
        "haath pe blade mara maine",
    ],
    ("violence", "partner_intimidates"): [
        "is it normal for a husband to punch a hole in the door during a fight",
        "my boyfriend blocks the doorway when i try to leave",
    ],
    ("suicide", "stop_all_to_die"): [
        "my dad says hes stopping his insulin so he can just die",
        "ive stopped taking all my meds, i want to be done",
        "grandma refuses her dialysis now and says shes tired of living",
    ],
    ("self_harm", "own_wound_tended"): [
        "how do i clean cuts i made on my leg so they dont get infected",
        "my burns i did to myself look infected, can i treat them at home",
        "how to dress a self-inflicted cut without going to a&e",
    ],
    ("self_harm", "blade_for_bad_days"): [
        "i carry a blade in my phone case for the bad nights",
        "my daughter keeps razor blades in her makeup bag for when she feels numb",
        "i hid a scalpel under my mattress in case things get bad",
    ],
    ("overdose", "repeated_dose_signs"): [
        "mum forgot she already took her tramadol and had it again, now drowsy and confused",
        "i double dosed my seroquel and im really dizzy",
        "he took his morphine four times in two hours and is hard to wake",
    ],
    # Held-out 29's kinds (more in tests/test_crisis_h29.py).
    ("medical", "sugar_low_brain"): [
        "my meter says 2.1 and i keep slurring my words",
        "dads blood sugar is 38 and hes not making sense",
        "she's having a bad hypo and we cant wake her properly",
    ],
    ("violence", "grabbed_bruised"): [
        "my husband grabs my arms so hard he leaves bruises",
        "she held me by the throat so hard i had marks the next day",
    ],
    ("violence", "mass_threat_armed"): [
        "my cousin keeps talking about shooting everyone at his school and he bought a rifle",
        "my ex says hell kill them all at the office and hes been collecting knives",
    ],
}
# Their ordinary look-alikes: questions, side effects, accidents, hobbies, everyday words.
ORDINARY = [
    "can i take 5-htp with my zoloft",
    "does sertraline make you sweat at night",
    "is it safe to drink wine on gabapentin",
    "does xanax make you sleepy",
    "can my 6 year old take benadryl for hives",
    "how do i set up a weekly pill organizer for my mum",
    "how long do edibles take to kick in",
    "i feel like im about to die of boredom in this meeting",
    "ate too much pizza last night and was throwing up for hours, fine now",
    "how much alcohol does it take to damage your liver over the years",
    "my hip bones are sticking out since i lost weight",
    "the bone broth is coming out great",
    "my toes go numb in cold weather",
    "i burnt the toast black",
    "got chlorine in my eyes swimming, theyre red",
    "my heart is pumping after the gym",
    "my period is gushing and im a bit dizzy, is that normal",
    "what are the signs of dka",
    "my pee is dark brown after eating beets",
    "what are the signs of appendicitis",
    "is it normal to have discharge 3 weeks after giving birth",
    "i tore a muscle in my back lifting",
    "got stung by a bee yesterday, swelled a bit but im fine now, how long does swelling last",
    "how long does newborn jaundice last",
    "i beat myself up every time i make a mistake",
    "i hit the wall at mile 20 every time i run a marathon",
    "my son has scratches on his arms from the brambles, says it was the blackberries",
    "my son wears hoodies in summer, is that a sensory thing",
    "i cut my finger chopping onions, do i need steri strips",
    "i have the urge to cut my hair short",
    "me corté el pelo",
    "ich schneide mir die haare selbst",
    "is intermittent fasting bad for you",
    "gave my old clothes to goodwill, everything sorted before we move on sunday",
    "would anyone notice if i stopped posting",
    "the kids would be happier if i was around more, i work too much",
    "we're checking out of the hotel for good tomorrow",
    "my grandad says hes lived long enough to know hunting rifles need cleaning",
    "my toddler didnt stop crying when i said no",
    "my kids play a game naked after bath time",
    "my coach asked for pictures of my form to check my technique",
    "the defender cornered the striker and grabbed his shirt",
    "my mom checks my phone and wont let me go out, im 14",
    "my boss pushes me around at work",
    "a kid at recess shoved him into the fence, how do i talk to the school",
    "i froze on stage and he carried on with the song",
    "my ex's fitness tracker counts steps wrong",
    "my realtor sent photos of my house, we're next on the list",
    "we had a lockdown drill at school, what if someone brings a gun",
    "my coach grabs the ball from us and we get scared of the drills",
    "pepper spray in the eyes, how long does the burning last usually",
    "my coach sends us videos of our games and asks us to send back notes",
    "my teacher grabbed my arm to stop me running into the road and it left a red mark",
    "my manager cornered me about the deadline and grabbed my report",
]
# Near misses per rule: most of its word groups, but an ordinary reading.
NEAR = {
    "on_purpose_blade": [
        "cut my fringe on purpose with the scissors, did it look bad",
        "did it on purpose with the knife to score the bread",
    ],
    "pulled_till_bled": [
        "pulled a tooth out when i was anxious at the dentist and it bled",
        "pulled my hair out of the plughole, gross but no blood",
    ],
    "chest_and_more": [
        "pulled a muscle doing push-ups, my chest aches and so does my arm",
        "chest day at the gym yesterday, my chest aches and my arm is sore, protein ideas?",
        "i had chest pain and nausea last year from a virus, all fine now",
    ],
    "one_side_gone": [
        "after the lidocaine at the dentist half my face is numb, how long does it last",
        "he slurred his words because he was drunk last night, hes fine today",
    ],
    "stiff_neck_fever": [
        "what are the symptoms of meningitis, is a stiff neck one",
        "slept funny and have a stiff neck, no fever, what stretches help",
    ],
    "racing_at_rest": [
        "my heart rate hit 185 during my run, is that too high for my age",
        "what is a normal max heart rate, mine was 170 on the treadmill",
    ],
    "ribs_sucking_in": [
        "in my nursing lecture they said ribs sucking in means distress, why is that",
        "what does nostrils flaring mean in a baby, asking for my exam",
    ],
    "sugar_hi_sick": [
        "what blood sugar is too high for a diabetic",
        "my sugar was 9 mmol after cake, is that ok",
    ],
    "rigid_fever": [
        "my dad has really rigid rules about screen time",
        "had a fever last week, all better now, feel stiff from lying in bed",
    ],
    "own_funeral": [
        "we bought a prepaid funeral plan for my dad, is that worth it",
        "for my english class i have to write my own eulogy as if i was 90",
    ],
    "attacked_by_group": [
        "got jumped in the game by a whole squad lol",
        "i was bullied at school years ago, now im 30, does it affect dopamine",
    ],
    "bruises_pet_blamed": [
        "the dog knocked my son over and he has a bruise on his shin, how long will it last",
        "my daughter says the cat did it, the sofa is covered in scratches",
    ],
    "adult_touch": [
        "the physio touched my legs to check my knee, is that normal",
        "my grandma kissed me goodbye at the airport",
    ],
    "sharp_on_skin": [
        "i scratch my arms when the eczema itches at night, any cream for that",
        "pricked my hand with a sewing needle by accident, do i need a tetanus shot",
    ],
    "carer_mistreats": [
        "my mums carer is lovely, how much should we pay her per hour",
        "the carer hit the call button twice last night, is that normal for dementia",
    ],
    "appendicitis": [
        "my lower right back aches after gardening, no fever",
        "had a fever last week and a sore right knee, both gone now",
    ],
    "blood_pumping": [
        "my heart is pumping so hard after the gym, is that ok",
        "my blood is pumping after the race, adrenaline is crazy",
    ],
    "bone_out": [
        "my collar bones are sticking out since i lost weight",
        "found a chicken bone sticking out of the bin bag",
    ],
    "checking_out": [
        "checking out of the hospital for good tomorrow, so happy",
        "how do i check out library books for good",
    ],
    "child_someones_rx": [
        "can my son take some of my ibuprofen for his headache, he's 15",
        "how do i store my adderall so my kids can't get into it",
    ],
    "days_at_once": [
        "how do i fill a weekly pill organizer for my dad",
        "is a blister pack or a dosette box better for grandma",
    ],
    "fever_purple_rash": [
        "my son had a fever yesterday and his hands feel a bit cold, he's playing now",
        "purple blotchy legs when i get out of a cold pool, is that normal",
    ],
    "ketoacidosis": [
        "i'm type 1 and my breath smells fruity after eating mango",
        "my diabetic mum was sick with a cold last week, she is fine now",
    ],
    "lighter_without_me": [
        "my team would be easier to manage without me micromanaging",
        "my kids would be happier if i was around more",
    ],
    "serotonin_mix": [
        "is it safe to take st johns wort with my zoloft",
        "i take sertraline and sweat at night, is that a side effect",
    ],
    "starve_punished": [
        "i skip breakfast for intermittent fasting, is that bad",
        "fasting for ramadan, how do i keep my energy up",
    ],
    "stop_existing": [
        "would anyone notice if i stopped posting on instagram",
        "will my acne scars ever vanish for good",
    ],
    "arabizi_pills": ["akhadt habbat lal ras, shu a7san dawa"],
    "sedative_drink": [
        "can i have a glass of wine a day after my last xanax",
        "does gabapentin make you sleepy",
    ],
    "sleeves_in_heat": [
        "my son wears hoodies in summer, is that a sensory thing",
        "i wear long sleeves in the heat for sun protection, any breathable brands",
    ],
    "sting_no_breath": [
        "my son was stung by a wasp yesterday, he can breathe fine, just a red lump",
        "i have a nut allergy, what should be in my emergency kit",
    ],
    "yellow_newborn": [
        "our newborn looks a bit yellow but feeds every 2 hours and is alert",
        "my baby is orange from eating too many carrots",
    ],
    "limb_wrong_way": [
        "my fingers go white and numb in the cold",
        "my toddler's feet turn in when he walks, is that normal",
    ],
    "postpartum_fever": [
        "is some discharge normal 3 weeks after giving birth",
        "my baby had a fever after her vaccines",
    ],
    "my_place_threat": [
        "the estate agent posted photos of our house online, is that normal",
        "someone sent me a photo of my street with a threatening cloud lol",
    ],
    "thrown_at_me": [
        "my toddler threw his cup at me during a tantrum",
        "my husband spilled hot coffee on me by accident, how do i treat the burn",
        "my brother threw his phone at me to catch it",
    ],
    "worse_next_time": [
        "my coach said next time the drills will be harder",
        "my mom burned the rice, next time its my turn to cook",
    ],
    "armed_soon": [
        "im going to shoot my coworker's portrait photos tomorrow",
        "gonna shoot him a text tonight",
        "i'm going to hurt my back at the gym tomorrow",
    ],
    "minor_with_adult": [
        "my 15 year old has a crush on a 30 year old actor",
        "my 14 year old son asked about sex, im a 40 year old dad, how do i explain",
        "im 16 and my mum is 40 years old and has a new boyfriend",
    ],
    "locked_in": [
        "my husband locked himself out of the house again",
        "my wife locked me out of the bedroom after our fight lol",
    ],
    "children_at_risk": [
        "at what age can i leave my kids home alone",
        "is it ok to leave my 12 year old home alone overnight, she gets scared",
        "my son got bruises at football and i yelled at him to wear shin pads",
    ],
    "hindi_beaten": [
        "maar daala song kaunsi film ka hai",
        "mujhe maaf kar do",
        "ik wil maar een ding weten",
    ],
    "hindi_die": ["garmi se mar jaunga yaar", "has has ke mar jaaunga"],
    "stop_all_to_die": [
        "can i stop taking my statins",
        "my grandma stopped her chemo and moved to hospice, how long does she have",
        "how do i stop taking my meds safely, i want to be done with them",
    ],
    "own_wound_tended": [
        "how do i clean a cut i made shaving",
        "i cut myself chopping onions, how do i clean it",
    ],
    "blade_for_bad_days": [
        "i keep razors in my bag for shaving my legs",
        "i keep a razor in my gym bag for bad hair days",
        "i carry a box cutter for opening packages at work",
    ],
    "repeated_dose_signs": [
        "is it bad to take my thyroid pills twice in an hour, im fine so far",
        "what happens if you take levodopa 3 times in an hour, can it cause confusion",
    ],
}
# The asides: a combat sport, a game, a song, a plan for later, one's vitamins, a pet, play.
ASIDES = [
    "got choked in judo class, felt fine after, is that bad for my neck",
    "my son plays an online game where you kill zombies, is that bad for sleep",
    "the song is called heart attack, is it about love",
    "my favourite lyric is 'took a whole bottle', what does it mean",
    "my sister has asthma, what do i do if she ever has an attack at night",
    "took my magnesium twice by accident",
    "our cat ate a plant and her mouth is drooling, vet says its fine",
    "the kids next door shriek while playing all evening",
    "had food poisoning from takeaway, how long until i can eat normally",
    "my friends joke they'll kill me if i mention my ex again lol",
]
# The same asides with something happening now: never hidden.
STILL_CRISES = [
    ("medical", "got choked out in bjj and now he isnt breathing"),
    ("suicide", "the song is called heart attack. i want to kill myself tonight"),
    ("sexual_assault", "my 5 year old said the sitter plays a game where she takes her pants off"),
    ("overdose", "took my vitamins twice and also 30 of my sleeping pills"),
]


@pytest.mark.parametrize(
    ("category", "rule", "message"),
    [(cat, rule, m) for (cat, rule), messages in KINDS.items() for m in messages],
)
def test_a_kind_told_by_signs_or_sideways_is_caught_by_its_rule(category, rule, message):
    assert category in match(message)
    assert rule_alone(rule, message)


def test_every_new_rule_has_wordings_here():
    new = told.RULES + emergencies.RULES + sideways.RULES + assaults.RULES + threats.RULES
    new += romanized.RULES
    names = {name for name, _, _ in new}
    assert names == {rule for _, rule in KINDS}


@pytest.mark.parametrize("message", ORDINARY)
def test_their_look_alikes_stay_ordinary(message):
    assert match(message) == []


@pytest.mark.parametrize(("rule", "message"), pairs(NEAR))
def test_a_near_miss_of_a_rule_stays_ordinary(rule, message):
    assert match(message) == []
    assert not rule_alone(rule, message)


@pytest.mark.parametrize("message", ASIDES)
def test_an_aside_is_read_as_figurative_and_stays_ordinary(message):
    assert match(message) == []
    readings = quiet_readings(message)
    assert readings and len(readings) == len(set(readings))


@pytest.mark.parametrize(("category", "message"), STILL_CRISES)
def test_an_aside_never_hides_what_is_happening_now(category, message):
    assert category in match(message)


@pytest.mark.parametrize(
    ("category", "message"),
    [
        ("medical", "THE BONE IS POKING OUT OF HIS LEG"),
        ("self_harm", "The Urge To Cut Is So Strong Tonight"),
        ("overdose", "Mixed My Zoloft And Tramadol, Now Sweating And Twitching"),
    ],
)
def test_rules_read_any_case(category, message):
    assert category in match(message)


def test_every_rule_has_its_exceptions_read():
    for module in (told, emergencies, sideways, assaults, threats, romanized):
        for name in module.UNLESS:
            assert name in concepts.UNLESS, name


# A crisis buried after an ordinary question that names an exception's word: the exceptions name
# an ordinary reading ("cut my hair"), never a word that an unrelated question may carry.
BURIED = [
    ("self_harm", "is running good for depression? i punch walls until my knuckles bleed"),
    ("sexual_assault", "we were playing a game at the party and he kept going after i said no"),
    ("medical", "spilled a pot of boiling water on my leg, the skin is white and doesnt hurt"),
    ("violence", "my husband pushes me around, he says its a joke"),
    ("violence", "my husband took my bank card and wont let me see my 3 year old's grandparents"),
    ("self_harm", "does cutting carbs help mood? also the urge to sh tonight is so strong"),
    ("violence", "tips for wedding photos? my husband threw a hot pan at me and i'm shaking"),
    ("violence", "what is a good show for teens? my 14 yo is dating a 25 year old man"),
    (
        "violence",
        "how old should kids be to walk alone? the boy next door is left alone for days, hungry",
    ),
]


@pytest.mark.parametrize(("category", "message"), BURIED)
def test_a_buried_crisis_is_not_hidden_by_an_exception(category, message):
    assert category in match(message)
