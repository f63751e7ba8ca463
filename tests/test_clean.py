from app.clean import clean_lines, is_title_like, junk_reason, load_phrases
from app.corpus import read_corpus
from tests.conftest import SEED_CORPUS

SEED_JUNK = [
    "Add to cart",
    "Login to your account",
    "We are unable to accept returns on any products or test kits. All sales are final.",
    "We do not currently ship internationally.",
    "Mountain Biking 1210066 1280",
    "dr dave trans cropped more 592x698",
    "psych meds online",
    "psychiatrist-backed care, all from your couch",
    "online mental health assessment",
    "your mental health journey starts here",
    "Share this article:",
    "Open Lock Icon",
    "Start your mental wellness journey today.",
    "Written by Our Editorial Team",
    "Published 03/06/2023",
    "by Dr.Dave on Jul 1, 2014",
    "Brain Balance",
    "DOPA Maxx ES – Dopamine Supplement",
    "Hers offers online mental health consultations that make it easy to get the help you need.",
]

UNSEEN_JUNK = [
    "Subscribe to our newsletter for weekly tips!",
    "Free shipping on orders over $50",
    "Shop now",
    "hero-image_1920x1080.jpg",
    "Follow us on Facebook",
    "Related Articles",
    "Advertisement",
    "Use code SAVE20 at checkout for 20% off.",
    "Sign in",
    "Skip to main content",
    "Photo: Getty Images",
    "Buy now and save",
    "sleep better tonight",
]

REAL_TEXT = [
    "What Is Dopamine Deficiency?",
    "Causes of Dopamine Transporter Deficiency",
    "• Loss of balance",
    "- Muscle stiffness",
    "3. Mateo, Y. (2005, February 9). Reduced Dopamine Terminal Function. Neuropsychopharmacology.",
    "Stenman E, Lilja A. Med Hypotheses. 2013 Jan;80(1):47-9.",
    "Patients should sign in at the front desk before their appointment.",
    "Dopamine is a neurotransmitter, meaning it helps send messages between nerve cells.",
]


def test_seed_junk_never_reaches_the_cleaned_text():
    articles, _ = read_corpus(SEED_CORPUS)
    text = "\n".join(a.text for a in articles)
    for junk in SEED_JUNK:
        assert junk not in text, junk


def test_seed_article_text_survives():
    articles, _ = read_corpus(SEED_CORPUS)
    text = "\n".join(a.text for a in articles)
    for real in [
        "What Is Dopamine Deficiency?",
        "• Tremors, particularly in your hands",
        "Physical symptoms a healthcare provider may look for include:",
        "Stenman\xa0E, Lilja A. Med Hypotheses. 2013 Jan;80(1):47-9.",
        "Recent medical studies have demonstrated",
        "1. Such an intervention can directly help",
    ]:
        assert real in text, real


def test_unseen_junk_is_dropped():
    for line in UNSEEN_JUNK:
        assert junk_reason(line, strict=True), line


def test_real_text_is_kept():
    for line in REAL_TEXT:
        assert not junk_reason(line, strict=True), line


def test_markdown_keeps_short_lines_that_scraped_text_drops():
    assert junk_reason("sleep better tonight", strict=True) == "fragment"
    assert junk_reason("sleep better tonight", strict=False) == ""


def test_product_teaser_before_add_to_cart_is_dropped():
    lines = [
        "Real sentence about sleep.",
        "",
        "  • sleep mask front",
        "",
        "Sleep Mask",
        "",
        "Add to cart",
    ]
    assert clean_lines(lines, strict=True) == [True, True, False, True, False, True, False]


def test_wrapped_paragraph_last_line_survives():
    lines = ["Most adults need seven to nine hours of sleep each", "night and more when ill"]
    assert clean_lines(lines, strict=True) == [True, True]


def test_author_name_line_is_a_byline():
    assert junk_reason("Katelyn Hagerty", strict=True, author="Reviewed by Katelyn Hagerty, FNP")


def test_site_phrases():
    phrases = load_phrases("# comment\nMeet Dr. Dave\n\n")
    assert phrases == ["meet dr. dave"]
    assert junk_reason("Meet Dr. Dave", strict=True, phrases=phrases) == "site phrase"


def test_title_like():
    assert is_title_like("How to Treat Dopamine Deficiency")
    assert is_title_like("Why can I not sleep?")
    assert not is_title_like("care for your self")
    assert not is_title_like("Care for your mind,")
    assert not is_title_like("")
