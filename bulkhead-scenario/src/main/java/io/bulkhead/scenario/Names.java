package io.bulkhead.scenario;

/** Word lists from which people, pages, repositories and hosts get plausible names. */
final class Names {
  private Names() {}

  static final String[] FIRST = {
    "Aaron", "Abigail", "Adam", "Aditi", "Adrian", "Agnieszka", "Ahmed", "Aiko", "Alan", "Alejandro",
    "Alex", "Alice", "Alicia", "Amara", "Amir", "Ana", "Andre", "Andrea", "Andrew", "Angela", "Anil",
    "Anna", "Anton", "Arjun", "Ashley", "Aya", "Ben", "Bianca", "Bogdan", "Brian", "Bruno", "Camila",
    "Carlos", "Caroline", "Chen", "Chloe", "Chris", "Claire", "Daniel", "Daniela", "David", "Deepa",
    "Diego", "Dmitri", "Elena", "Eli", "Elif", "Emily", "Emma", "Eric", "Erik", "Ethan", "Eva",
    "Fatima", "Felipe", "Fernando", "Fiona", "Francesca", "Gabriel", "Grace", "Greg", "Hana",
    "Hannah", "Haruto", "Hector", "Helen", "Henrik", "Hiroshi", "Ian", "Ines", "Isabel", "Ivan",
    "Jack", "Jakub", "James", "Jana", "Jason", "Javier", "Jennifer", "Jessica", "Ji-woo", "Joao",
    "John", "Jonas", "Jordan", "Jose", "Joseph", "Julia", "Julien", "Kai", "Karen", "Karim", "Kate",
    "Kenji", "Kevin", "Kim", "Kofi", "Laura", "Lauren", "Leila", "Leon", "Liam", "Lin", "Lucas",
    "Lucia", "Luis", "Maja", "Manuel", "Marco", "Maria", "Mark", "Marta", "Mateo", "Matthew", "Maya",
    "Mehmet", "Mei", "Michael", "Michelle", "Miguel", "Mina", "Mohammed", "Nadia", "Naveen", "Nikhil",
    "Nina", "Noah", "Noor", "Olga", "Oliver", "Olivia", "Omar", "Pablo", "Paolo", "Patrick", "Paul",
    "Pedro", "Peter", "Pierre", "Pooja", "Priya", "Rafael", "Rahul", "Raj", "Rebecca", "Ricardo",
    "Rita", "Robert", "Rosa", "Ryan", "Sakura", "Samuel", "Sara", "Sarah", "Sean", "Sebastian",
    "Sergio", "Shreya", "Simon", "Sofia", "Sophie", "Stefan", "Steven", "Sunil", "Tanvir", "Thomas",
    "Tiago", "Tom", "Tomasz", "Valentina", "Victor", "Vikram", "Wei", "William", "Xin", "Yara",
    "Yuki", "Yusuf", "Zainab", "Zoe"};

  static final String[] LAST = {
    "Abbott", "Acosta", "Adeyemi", "Ahmed", "Alvarez", "Andersen", "Araujo", "Baker", "Banerjee",
    "Barros", "Becker", "Bennett", "Bianchi", "Brooks", "Brown", "Campbell", "Carvalho", "Castro",
    "Chang", "Chen", "Cho", "Clarke", "Cohen", "Costa", "Cruz", "Das", "Davies", "Diaz", "Dubois",
    "Edwards", "Eriksson", "Evans", "Faria", "Fernandes", "Ferreira", "Fischer", "Fontaine", "Foster",
    "Garcia", "Gomez", "Gonzalez", "Gupta", "Haddad", "Hall", "Hansen", "Harris", "Hayashi", "Hoffmann",
    "Hughes", "Ibrahim", "Ito", "Iyer", "Jackson", "Jensen", "Johnson", "Jones", "Kaur", "Kawasaki",
    "Keller", "Khan", "Kim", "Klein", "Kowalski", "Kumar", "Larsen", "Laurent", "Lee", "Lewis", "Li",
    "Lima", "Lopez", "Mahmoud", "Martin", "Martins", "Mehta", "Meyer", "Miller", "Moreau", "Morris",
    "Muller", "Murphy", "Nakamura", "Nguyen", "Nielsen", "Novak", "Nowak", "Okafor", "Okonkwo",
    "Oliveira", "Olsen", "Ortiz", "Park", "Patel", "Pereira", "Perez", "Petrov", "Pham", "Popescu",
    "Ramirez", "Rao", "Reddy", "Reyes", "Ribeiro", "Richter", "Rivera", "Roberts", "Rodrigues",
    "Romano", "Rossi", "Russo", "Saito", "Sanchez", "Santos", "Sato", "Schmidt", "Schneider", "Scott",
    "Shah", "Sharma", "Silva", "Singh", "Smith", "Sousa", "Suzuki", "Takahashi", "Tanaka", "Taylor",
    "Thomas", "Thompson", "Torres", "Tran", "Turner", "Vargas", "Verma", "Wagner", "Walker", "Wang",
    "Watanabe", "Weber", "White", "Williams", "Wilson", "Wong", "Wright", "Wu", "Yamamoto", "Yang",
    "Yilmaz", "Young", "Zhang", "Zhao", "Zimmermann"};

  /** Topics of an engineering organisation, for page titles, repositories and projects. */
  static final String[] TOPICS = {
    "edge", "dns", "cache", "waf", "tls", "certificates", "billing", "dashboard", "api", "workers",
    "storage", "analytics", "logging", "metrics", "alerting", "release", "build", "ci", "deploy",
    "kubernetes", "terraform", "salt", "network", "bgp", "routing", "peering", "datacenter",
    "hardware", "provisioning", "inventory", "identity", "okta", "sso", "access", "gateway", "warp",
    "tunnel", "vpn", "remote-access", "secrets", "vault", "rotation", "backup", "restore", "postgres",
    "clickhouse", "kafka", "queue", "search", "support", "onboarding", "compliance", "audit",
    "vulnerability", "incident", "oncall", "runbook", "capacity", "power", "firmware", "security",
    "mfa", "pki", "ddos", "ratelimit", "bots", "email", "zero-trust", "devices", "laptops", "web",
    "mobile", "docs", "marketing", "sales", "finance", "legal", "hr", "recruiting", "facilities"};

  /** Words used to build page titles. */
  static final String[] TITLE_WORDS = {
    "Runbook", "Design", "Overview", "Postmortem", "Onboarding", "FAQ", "Architecture", "Checklist",
    "How to", "Troubleshooting", "Migration plan", "Meeting notes", "Roadmap", "RFC", "Policy",
    "Standard", "Playbook", "Rollout", "Requirements", "Retrospective", "Configuration", "Setup",
    "Escalation", "Release notes", "Known issues", "Status", "Proposal", "Guide"};

  static final String[] REPO_SUFFIX = {
    "", "-service", "-api", "-worker", "-config", "-tools", "-lib", "-cli", "-infra", "-deploy",
    "-states", "-modules", "-charts", "-proxy", "-agent", "-exporter", "-tests", "-docs", "-ui",
    "-scripts", "-operator", "-sdk", "-pipeline", "-migrations"};
}
