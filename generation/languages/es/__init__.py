"""Spanish."""

from generation.languages import LanguagePack, pattern, snowball, words

PACK = LanguagePack(
    code="es",
    name="Spanish",
    release_names=("MVP", "Versión 1", "Más adelante"),
    untitled_map="Mapa de historias",
    stopwords=words(
        """
        el la los las un una unos unas lo al del de a en con por para sin sobre entre hacia
        desde hasta según y e o u ni pero sino que como cuando donde quien quienes cual cuales
        cuyo este esta estos estas ese esa esos esas aquel aquella esto eso se su sus mi mis tu
        tus nuestro nuestra nuestros nuestras le les me te nos os yo él ella ellos ellas usted
        ustedes es son ser está están estar ha han haber hay fue sea sean puede pueden poder
        debe deben deber debería tiene tienen tener podrá deberá será serán muy más menos
        también ya no sí cada todo toda todos todas otro otra otros otras mismo misma etc
        """
    ),
    story_frame=pattern(
        r"""^\W*como\s+(?:un|una|el|la)?\s*(?P<role>[^,.;:]{1,80}?)\s*,?\s+
        (?:yo\s+)?(?:quiero|necesito|deseo|me\s+gustaría|puedo|debo|requiero)\s+
        (?P<goal>.+?)(?:\s*,?\s+(?:para\s+que|para\s+poder|a\s+fin\s+de(?:\s+que)?|de\s+modo\s+que|
        con\s+el\s+fin\s+de|para)\s+(?P<benefit>.+?))?\s*[.!]?\s*$"""
    ),
    requirement_cues=pattern(
        r"""\b(?:debe|deben|deberá|deberán|debería|deberían|puede|pueden|podrá|podrán|
        permite|permitir|permitirá|tiene\s+que|tienen\s+que|ha\s+de|necesita|requiere|
        se\s+requiere|es\s+necesario|será\s+posible)\b"""
    ),
    priority_words=(
        (r"alta|esencial|obligatori[oa]|imprescindible|crític[oa]|debe\s+tener|mvp|must", "MVP"),
        (r"media|importante|deseable|debería\s+tener|should", "Release 1"),
        (r"baja|opcional|podría\s+tener|could", "Later"),
    ),
    wont=pattern(r"\bno\s+(?:se\s+)?(?:incluirá|implementará|hará|tendrá)\b"),
    future=pattern(
        r"""\b(?:más\s+adelante|en\s+el\s+futuro|a\s+futuro|en\s+futuras\s+versiones|
        en\s+una\s+(?:segunda|futura)\s+(?:fase|versión|etapa)|posteriormente)\b"""
    ),
    priority_label="prioridad",
    phase_word=r"fase|etapa|versión|version|entrega|iteración|sprint",
    toc_headings=pattern(r"índice|indice|tabla\s+de\s+contenidos?|contenidos?"),
    non_goal_headings=pattern(
        r"fuera\s+del?\s+alcance|no\s+incluid[oa]s?|exclusiones|no\s+objetivos|fuera\s+de\s+ámbito"
    ),
    context_headings=pattern(
        r"""índice|indice|contenido|tabla\s+de\s+contenidos?|glosario|definiciones|acrónimos|
        abreviaturas|referencias|historial\s+de\s+(?:versiones|cambios|revisiones)|
        control\s+de\s+(?:versiones|cambios)|riesgos|supuestos|dependencias|métricas|kpis?|
        anexos?|apéndices?|competencia|presupuesto|cronograma|equipo|arquitectura|
        modelo\s+de\s+datos|base\s+de\s+datos|tecnologías|licencia"""
    ),
    role_headings=pattern(
        r"""roles|actores|usuarios|tipos\s+de\s+usuarios?|perfiles(?:\s+de\s+usuario)?|personas|
        público\s+objetivo"""
    ),
    background_headings=pattern(
        r"""introducción|descripción(?:\s+general)?|resumen|visión|propósito|objetivos?|problema|
        contexto|antecedentes|acerca\s+de"""
    ),
    requirement_columns=pattern(r"requisitos?|descripción|funcionalidad|historia|característica"),
    priority_columns=pattern(r"prioridad|importancia|fase|entrega|versión|lanzamiento"),
    metadata_keys=words(
        """entrega cliente plazo versión version autor autores fecha estado responsable
        revisado aprobado proyecto"""
    ),
    not_people=words(
        """sistema sistemas aplicación aplicacion app servidor base datos servicio plataforma
        sitio web módulo modulo componente tabla página pantalla bot interfaz programa api
        competidor competidores empresa compañía organización proveedor pasarela dispositivo"""
    ),
    dangling=words("el la los las un una de del a en con por para sin y o que como al se su"),
    stem=snowball("spanish"),
)
