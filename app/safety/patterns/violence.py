"""Violence and immediate danger from another person. `TOPICS`: abuse named in general terms."""

from __future__ import annotations

STATEMENTS = [
    r"(?:le|la) (?:pega|golpea) a mi|frappe ma m[èe]re|schl[äa]gt meine|bate na minha|picchia mia",
    r"丈夫打我|打我|бьёт меня|меня бьёт|mnie bije|beni dövüyor|binubugbog ako",
    r"(?:hits|hit|beats|beat|beaten|punches|punched|kicks|kicked|slaps|slapped|chokes|choked"
    r"|strangled|strangles|strangle|attacked|abuses|abused|hurts) (?:me|us|her|him|my (?:mom|mother"
    r"|dad|wife|husband|kids?|son|daughter|little \w+|brother|sister|grandma|children))\b",
    r"(?:going to|gonna|will|threaten\w*(?: to)?|trying to) (?:kill|hurt|shoot|stab) (?:me|us)\b",
    r"threaten\w* (?:me|us) with|(?:man|guy|someone|person|he|she) with a (?:gun|knife)"
    r"|(?:threaten|attack|chas|point|com)\w* .{0,20}with a (?:gun|knife|bat)|(?:gun|knife) outside",
    r"(?:would|will|gonna|going to|he'?d|she'?d) kill me|(?:is|keeps?) hitting (?:me|her|him|us)",
    r"(?:was|got|been|were) (?:\w+ )?assaulted|assaulted (?:me|my \w+)",
    r"(?:break|breaking|broke|broken) into (?:my|our|the) (?:house|home|apartment|flat)",
    r"stalk(?:ed|ing) me|being stalked|(?:following|chasing) me|outside my (?:house|door|home)",
    r"not safe at home|afraid (?:to go home|of my|he'?ll|she'?ll|my \w+ will)"
    r"|scared of my (?:dad|father|mom|mother|husband|wife|partner|boyfriend|girlfriend|son)",
    r"beat(?:s|ing)? (?:me|his|her|my|the) (?:up|kids|children|wife|mother|mom)|beat me up",
    r"(?:someone|somebody|a man|a guy|an intruder|intruder|stranger)(?: is)? (?:in|inside|trying to get into|trying to break into|breaking into) my",
    r"there'?s (?:someone|somebody|a man|a guy|an intruder) in my|intruder",
    r"hiding from|being attacked|i'?m in danger|being followed|(?:was|been|got|i'?ve been) (?:stabbed|shot)",
    r"(?:beaten|hit|abused|hurt) by (?:his|her|my|their) (?:father|mother|dad|mom|husband|wife|partner|boyfriend|girlfriend)",
    r"(?:has|with) a (?:gun|knife) .{0,30}(?:threat\w*|me|us)|threatening (?:me|us|to (?:hurt|kill))",
    r"locks? me (?:up|in)|starves? me|scared to go home|me menace|me amenaza|hat mich geschlagen",
    r"(?:he'?ll|she'?ll|he will|she will) kill me|breaking in|(?:attacks|attacked|hurting|hurts|pushed|shoved) me\b"
    r"|being beaten|held against my will|won'?t let me leave|hitting my \w+(?: \w+)? right now|violent with (?:us|me)"
    r"|someone'?s bleeding|me peg[oó]|gedroht mich|mich umzubringen",
    r"me pega|me golpea|me maltrata|me frappe|me bat\b|schl[äa]gt mich|bedroht mich|me bate"
    r"|me agride|mi picchia",
]

TOPICS = [
    r"(?:domestic|elder|child) (?:violence|abuse)|abus(?:e|ing|ive) (?:me|her|him|relationship)"
]
