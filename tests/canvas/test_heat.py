"""The dot-vote heat on the board: voted cards tinted by their share of the most dots and
badged with their count, readable (WCAG contrast), repainted only when their count changes,
and warm blocks in the zoomed-out overview too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from codesign.app.card_style import CARD_COLOURS, TEXT, contrast
from codesign.app.open_workshop import OpenWorkshop
from codesign.canvas import style
from codesign.canvas.card_item import BADGE_R, STRIPE
from codesign.canvas.editor import BoardEditor
from codesign.canvas.scene import JourneyScene

HOT, WARM, COLD = "c-16", "c-25", "c-01"  # a pain note, another pain note, a digital touchpoint


@pytest.fixture
def scene(opened: OpenWorkshop) -> JourneyScene:
    return JourneyScene(BoardEditor(opened, opened.workshop.journeys[0].id))


def render(scene: JourneyScene, area: QRectF, scale: float = 1.0) -> QImage:
    """The scene's `area` drawn at `scale`, as a view would."""
    image = QImage(round(area.width() * scale), round(area.height() * scale), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), area)
    painter.end()
    return image


def near(a: QColor, b: QColor, tolerance: int = 6) -> bool:
    return all(abs(x - y) <= tolerance for x, y in
               ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue())))


def card_area(scene: JourneyScene, card_id: str) -> QRectF:
    return scene.cards[card_id].scene_rect().adjusted(-20, -20, 20, 20)  # room for the badge


def test_voted_cards_are_tinted_by_share_and_badged_with_their_count(scene: JourneyScene) -> None:
    hot = scene.cards[HOT]
    area = card_area(scene, HOT)
    plain = render(scene, area)
    scene.set_heat({HOT: 8, WARM: 2, COLD: 0})
    assert scene.heat == {HOT: 8, WARM: 2}  # no dots, no heat
    assert (hot.heat, hot.heat_step) == (8, style.HEAT_STEPS)
    assert (scene.cards[WARM].heat, scene.cards[WARM].heat_step) == (2, 3)  # 2/8 of the way, rounded up
    assert (scene.cards[COLD].heat, scene.cards[COLD].heat_step) == (0, 0)
    heated = render(scene, area)

    # Near the bottom-left of the card, clear of text: the fill, then the fully tinted fill.
    inside = (20 + STRIPE + 3, 20 + round(hot.size.height()) - 3)
    assert plain.pixelColor(*inside) == style.fill("pain")
    assert heated.pixelColor(*inside) == style.heat_fill("pain", style.HEAT_STEPS)
    assert heated.pixelColor(*inside) != plain.pixelColor(*inside)
    # Just above the top-right corner, beside the count: board before, badge after.
    badge = (20 + round(hot.size.width()) - 8, 20 - BADGE_R // 2)
    assert not near(plain.pixelColor(*badge), style.HEAT_BADGE, 40)
    assert near(heated.pixelColor(*badge), style.HEAT_BADGE)
    # The count is drawn: white text pixels inside the badge, around the corner.
    corner = (20 + round(hot.size.width()), 20)
    whites = sum(near(heated.pixelColor(corner[0] + dx, corner[1] + dy), style.HEAT_BADGE_TEXT, 30)
                 for dx in range(-5, 6) for dy in range(-6, 7))
    assert whites >= 6

    cold_area = card_area(scene, COLD)
    scene.set_heat(None)
    assert scene.heat is None and hot.heat == 0 and hot.heat_step == 0
    assert render(scene, area) == plain
    assert render(scene, cold_area).pixelColor(20 + STRIPE + 3, 22) == style.fill("digital")


def test_only_cards_whose_count_or_tint_changed_repaint(scene: JourneyScene) -> None:
    assert scene.set_heat({HOT: 4, WARM: 2}) == {HOT, WARM}
    assert scene.set_heat({HOT: 4, WARM: 2}) == set()
    assert scene.set_heat({HOT: 4, WARM: 3}) == {WARM}  # the most stays 4: HOT keeps its tint
    assert scene.set_heat({HOT: 2, WARM: 3}) == {HOT, WARM}  # a new most: every tint moves
    assert scene.cards[WARM].heat_step == style.HEAT_STEPS
    assert scene.set_heat(None) == {HOT, WARM}
    assert scene.set_heat(None) == set()


def test_the_badge_grows_the_card_only_while_it_shows(scene: JourneyScene) -> None:
    hot = scene.cards[HOT]
    plain = hot.boundingRect()
    scene.set_heat({HOT: 1})
    assert hot.boundingRect().top() <= -BADGE_R - 1 and hot.boundingRect().right() >= plain.right()
    assert hot.boundingRect().contains(QPointF(hot.size.width() + BADGE_R, -BADGE_R))
    scene.set_heat(None)
    assert hot.boundingRect() == plain


def test_heat_survives_a_rebuild_and_an_edit(scene: JourneyScene, opened: OpenWorkshop) -> None:
    scene.set_heat({HOT: 5, WARM: 1})
    scene.editor.move_cards({HOT: (scene.cards[HOT].x() + 30, scene.cards[HOT].y())})
    assert scene.cards[HOT].heat == 5
    scene.rebuild()  # what a reload does: new items
    assert (scene.cards[HOT].heat, scene.cards[WARM].heat, scene.cards[WARM].heat_step) == (5, 1, 2)
    assert scene.cards[COLD].heat == 0


def test_text_and_badge_stay_readable_at_every_tint() -> None:
    for card_type in CARD_COLOURS:
        for step in range(1, style.HEAT_STEPS + 1):
            tinted = style.heat_fill(card_type, step).name()
            assert contrast(tinted, TEXT) >= 4.5, (card_type, step)
        assert style.heat_fill(card_type, style.HEAT_STEPS) != style.fill(card_type)
    assert contrast(style.HEAT_BADGE.name(), style.HEAT_BADGE_TEXT.name()) >= 4.5
    # The badge stands out from the most tinted fill as a shape (WCAG non-text: 3:1).
    assert min(contrast(style.HEAT_BADGE.name(), style.heat_fill(t, style.HEAT_STEPS).name())
               for t in CARD_COLOURS) >= 3


def test_any_dot_shows_and_the_most_gets_the_full_tint() -> None:
    assert [style.heat_step(n, 10) for n in (0, 1, 5, 9, 10)] == [0, 1, 5, 9, 10]
    assert style.heat_step(1, 1000) == 1
    assert style.heat_step(3, 0) == 0


def test_the_overview_warms_voted_blocks_and_fades_the_rest(scene: JourneyScene) -> None:
    scene.set_detail(False)
    area = scene.sceneRect()
    scale = 0.25

    def block(image: QImage, card_id: str) -> QColor:
        centre = scene.cards[card_id].scene_rect().center() - area.topLeft()
        return image.pixelColor(round(centre.x() * scale), round(centre.y() * scale))

    plain = render(scene, area, scale)
    assert block(plain, HOT) == style.accent("pain")
    scene.set_heat({HOT: 6, WARM: 3})
    heated = render(scene, area, scale)
    assert block(heated, HOT) == style.heat_block("pain", style.HEAT_STEPS)
    assert block(heated, WARM) == style.heat_block("pain", 5)
    assert block(heated, WARM) != block(heated, HOT)
    assert block(heated, COLD) == style.fill("digital")  # not voted: faded
    scene.set_heat(None)
    assert render(scene, area, scale) == plain
