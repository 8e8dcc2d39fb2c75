"""An agency's dispatch read in a newsroom's terminal, in the languages the terminal speaks: a priority field
('Prioridad: 3', 'Prioridade: 2', 'Priorité 3') marks the terminal, whose name is no outlet, nor is the agency its
copyright line names ('© AIN Agencia Ibérica de Noticias …'); a terminal's rights notice ('Reproduction réservée aux
abonnés du service') says who may reprint the dispatch, not that the reader saw part of it. On the agency's own service
(its name heading the page, its code in the dateline) the agency is the outlet. Cases in my own words."""
import pytest

from generator.importer import parse_clipping
from generator.importer.phrases import DISPATCH_PRIORITY

TERMINAL = ["Teletipos", "Redacción Soria · Sistema editorial", "Bandeja: Agencias > AIN > Castilla y León",
            "Actualizar    Marcar como leído    Enviar a edición    Imprimir",
            "AIN    21/04/2026 10:05    Prioridad: 3    Palabras: 310    Ref.: CYL0421-044", "",
            "Cortada la carretera de Covaleda por un desprendimiento de rocas", "",
            "Soria, 21 abr (AIN).- La carretera que une Covaleda con Duruelo de la Sierra permanece cortada desde la "
            "madrugada por un desprendimiento de rocas a la altura del puente del Duero, informó la Diputación.", "",
            "Los técnicos calculan que la vía no se reabrirá antes del viernes, y los vecinos deben desviarse por "
            "Salduero.", "",
            "(AIN) jmr/pgl",
            "© AIN Agencia Ibérica de Noticias. Prohibida su reproducción total o parcial sin autorización expresa."]


def test_a_terminals_priority_field_in_spanish_marks_the_terminal_and_its_agency_names_no_outlet():
    clip = parse_clipping("\n".join(TERMINAL))
    assert clip.kind == "wire"
    assert clip.outlet is None
    assert clip.credits == ["AIN"]
    assert clip.title == "Cortada la carretera de Covaleda por un desprendimiento de rocas"


@pytest.mark.parametrize("line", ["Prioridad: 3", "Prioridade: 2", "Priorité 3 – 431 mots", "Priorität: hoch"])
def test_a_dispatchs_priority_in_each_language(line):
    assert DISPATCH_PRIORITY.search(line)


def test_a_terminals_rights_notice_is_no_paywall():
    lines = ["Fils d'agences", "Tous les fils", "Suisse", "Filtrer", "Trier : plus récentes d'abord", "12.06.2026 09:17",
             "Source : APR", "Priorité 3 – 288 mots", "",
             "Le bureau de poste de Saignelégier fermera fin octobre",
             "Saignelégier (JU) (apr) – La Poste fermera son office de Saignelégier le 31 octobre et ouvrira une filiale "
             "en partenariat dans l'épicerie du village.", "",
             "La commune regrette la décision mais salue le maintien d'un service de proximité, a indiqué son maire.", "",
             "Copyright APR. Reproduction réservée aux abonnés du service."]
    clip = parse_clipping("\n".join(lines))
    assert clip.access == "full"
    assert clip.outlet is None and clip.kind == "wire"


def test_an_agencys_own_service_is_its_outlet():
    lines = ["APN – Agência Planalto de Notícias", "Serviço regional Minas Gerais", "",
             "12/04/2026 09:40 · Prioridade: normal", "",
             "Obras do contorno ferroviário de Divinópolis começam em junho",
             "Divinópolis (APN) – As obras do contorno ferroviário de Divinópolis começam em junho e devem durar três "
             "anos, informou nesta sexta-feira a concessionária.", "",
             "O traçado novo tira os trens de carga do centro da cidade, onde cruzam onze passagens de nível."]
    clip = parse_clipping("\n".join(lines))
    assert clip.outlet == "APN – Agência Planalto de Notícias"
    assert clip.kind == "wire"
