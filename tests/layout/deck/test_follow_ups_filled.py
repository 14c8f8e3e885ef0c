"""A phase slide that goes on (#31): the frames that go on share its follow-up slide one under the other, each
filled to its last line (the slide's foot left as under the end of a text): the four lines left of a lane stood
in a frame of twenty beside the rest of another (the blink canvas). Nothing is lost, every body at one size."""

from __future__ import annotations

from pathlib import Path

from canvasgen.layout.deck.frames import INSET, para_heights
from canvasgen.layout.text.setter import LEADING, Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from tests.support.layouts import deck_fonts, default_kit, laid_deck
from tests.support.reading import read_canvas
from tests.support.workbooks import team_lanes

PHASES = ("Cadastro", "Documentos", "Busca")
LONG = (
    "Na primeira tela o usuário vai interagir através de IA generativa em um chat, no qual serão feitas perguntas "
    "sobre o negócio dele. No lado esquerdo da tela teremos a caixa de chat e do lado direito uma tela que mostrará "
    "ao usuário em tempo real o que a IA está capturando das informações fornecidas por ele, de forma estruturada "
    "em um formulário que ele pode corrigir a qualquer momento antes de seguir para a próxima etapa do cadastro."
)
FIELDS = "\n".join(
    f"{name}: Texto (com validação)"
    for name in (
        "cnpj",
        "razao_social",
        "nome_fantasia",
        "endereco_completo",
        "cnae_principal",
        "porte_empresa",
        "produtos_servicos_foco",
        "experiencia_licitacoes",
    )
)
LANES: dict[str, list[str | None]] = {
    # twice the blink canvas's text: its field names ("experiencia_licitacoes:") set its phase slides at 21 pt,
    # whole (round 18), where its one text went on at 24 pt with them broken
    "Ações do Usuário": [f"{LONG} {LONG}", "Envia os documentos", "Busca certidões"],
    "Persona": ["Empreendedor", "Analista", "Analista"],
    "Ponto de Contato": ["Tela 1", "Tela 2", "Tela 3"],
    "Dores": ["Não sabe o que é CNAE", None, None],
    "Insumo": [FIELDS, None, None],
}


def test_the_frames_that_go_on_are_filled_to_their_last_line(tmp_path: Path) -> None:
    canvas = read_canvas(team_lanes(tmp_path / "cadastro.xlsx", LANES, PHASES))
    kit, _ = default_kit()
    setter = Setter(deck_fonts())
    deck = laid_deck(canvas, kit, setter, (SLIDE_WIDTH, SLIDE_HEIGHT), "en")
    follow_ups = [s for s in deck.slides if s.kind == "phase" and s.continued]
    going_on = [f for s in follow_ups for f in s.frames if not f.name.startswith("phase strip")]
    assert len(going_on) >= 2  # the canvas is what it is meant to be: two frames go on
    for frame in going_on:
        size = min(p.size for p in frame.paras)
        used = para_heights(setter, frame.paras, frame.box.w - 2 * INSET)[-1]
        room = frame.box.h - 2 * INSET
        assert used <= room + 0.01
        assert room - used < size * LEADING, (frame.name, used, room)  # not a line of it empty
        assert {p.size for p in frame.paras if not p.bold} == {deck.phase_size}
    text = "\n".join(p.text for s in deck.slides if s.kind == "phase" for f in s.frames for p in f.paras)
    for line in FIELDS.split("\n"):
        assert line in text
    assert all(word in text for word in LONG.split())
